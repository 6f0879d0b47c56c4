import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;

/**
 * Issue 17's hostile fleet (collect.demo.HostileFleet: 50 simulated routers on 127.0.0.1 of which
 * 10 drop the connection mid-output, 5 log us in and answer nothing, 5 stream output forever and 5
 * reject every command), timed: `check` reads them all, then the 25 healthy ones alone, and the difference is
 * what the hostile ones cost (target: at most one connect timeout plus one command timeout).
 * Prints one line. Usage: java -cp l2tpdoctor.jar bench/HostileFleetBench.java LAUNCHER COMMAND_TIMEOUT_S DIR
 */
public final class HostileFleetBench {
    public static void main(String[] args) throws Exception {
        String launcher = args[0];
        int commandTimeout = Integer.parseInt(args[1]);
        Path dir = Files.createDirectories(Path.of(args[2]));
        Scenario scenario = Scenario.load("healthy");
        List<SimulatedRouter> routers = new ArrayList<>();
        List<String> all = new ArrayList<>();
        List<String> healthy = new ArrayList<>();
        StringBuilder knownHosts = new StringBuilder();
        try {
            for (int i = 0; i < org.l2tpdoctor.collect.demo.HostileFleet.SIZE; i++) {
                SimulatedRouter router = new SimulatedRouter();
                routers.add(router);
                int port = router.start(scenario, org.l2tpdoctor.collect.demo.HostileFleet.options(i));
                knownHosts.append(router.knownHostsLine()).append('\n');
                all.add("127.0.0.1:" + port);
                if (i >= org.l2tpdoctor.collect.demo.HostileFleet.HEALTHY_FROM) {
                    healthy.add("127.0.0.1:" + port);
                }
            }
            Path known = dir.resolve("known_hosts");
            Files.writeString(known, knownHosts, StandardCharsets.UTF_8);
            run(launcher, known, commandTimeout, healthy, dir);   // untimed: the simulated routers warm up
            Run healthyAlone = run(launcher, known, commandTimeout, healthy, dir);
            Run fleet = run(launcher, known, commandTimeout, all, dir);
            int connectTimeout = 10;
            double cost = fleet.seconds - healthyAlone.seconds;
            System.out.printf("hostile fleet: 50 routers (10 drop, 5 silent, 5 endless, 5 refuse) %.2fs, the 25 healthy alone %.2fs:"
                    + " the hostile ones cost %.2fs (target <= connect + command timeout = %ds) [%d rows: %d incomplete,"
                    + " %d no answer, %d rejected, %d clean; exit %d]%n", fleet.seconds, healthyAlone.seconds, cost,
                    connectTimeout + commandTimeout, fleet.rows(), fleet.count(" incomplete "), fleet.count(" no answer "),
                    fleet.count(" rejected "), fleet.count(" clean "), fleet.exit);
        } finally {
            for (SimulatedRouter router : routers) {
                router.close();
            }
        }
    }

    private record Run(double seconds, int exit, List<String> table) {
        int rows() {
            return table.size();
        }

        long count(String word) {
            return table.stream().filter(l -> l.contains(word)).count();
        }
    }

    private static Run run(String launcher, Path known, int commandTimeout, List<String> hosts, Path dir) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher, "check", "--parallel", String.valueOf(hosts.size()),
                "--known-hosts", known.toString(), "--ssh-config", dir.resolve("none").toString(), "--no-agent",
                "-l", "admin", "--command-timeout", commandTimeout + "s", "--color", "never"));
        hosts.forEach(h -> command.addAll(List.of("--host", h)));
        Path out = dir.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("L2TPDOCTOR_PASSWORD", "demo");
        long start = System.nanoTime();
        int exit = pb.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> table = Files.readAllLines(out).stream().skip(1).takeWhile(l -> !l.isBlank()).toList();
        return new Run(seconds, exit, table);
    }
}
