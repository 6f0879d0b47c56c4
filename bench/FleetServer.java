import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.l2tpdoctor.collect.demo.Fault;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;

/**
 * Starts N simulated RouterOS routers on 127.0.0.1 (N ports of one simulated router), each
 * answering every command after a fixed latency, writes an inventory and a known_hosts for them, prints "ready", and stops them when
 * its standard input closes. Usage: java -cp l2tpdoctor.jar bench/FleetServer.java N LATENCY_MS DIR
 */
public final class FleetServer {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Duration latency = Duration.ofMillis(Long.parseLong(args[1]));
        Path dir = Path.of(args[2]);
        Files.createDirectories(dir);
        Scenario scenario = Scenario.load("healthy");
        SimulatedRouter.Options options = SimulatedRouter.Options.defaults();
        List<String> commands = new ArrayList<>(CommandCatalogue.allCommands());
        for (String command : commands) {
            options = options.withFault(command, Fault.delay(latency));
        }
        // N identical routers as N ports of one simulated router: to the client each port is its own
        // router (TCP connection, key exchange, login, 21 commands); the simulation does not run N
        // SSH servers' thread pools on the cores the client is measured on, nor make N RSA keys
        SimulatedRouter router = new SimulatedRouter();
        int first = router.start(scenario, options);
        List<SimulatedRouter> routers = List.of(router);
        StringBuilder inventory = new StringBuilder("# simulated routers for bench/run\n");
        StringBuilder knownHosts = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int port = i == 0 ? first : router.anotherPort();
            inventory.append("admin@127.0.0.1:").append(port).append('\n');
            knownHosts.append(router.knownHostsLine(port)).append('\n');
        }
        Files.writeString(dir.resolve("routers.txt"), inventory, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("known_hosts"), knownHosts, StandardCharsets.UTF_8);
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0) {
            // run until bench/run closes our standard input
        }
        for (SimulatedRouter each : routers) {
            try {
                each.close();
            } catch (IOException e) {
                // shutting down anyway
            }
        }
    }
}
