package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;
import org.l2tpdoctor.report.Promtool;

/**
 * The README's cron line for node_exporter's textfile collector, run as cron runs it: the
 * command part of the crontab line through /bin/sh, with l2tpdoctor on PATH. Only the paths
 * are moved into a scratch folder (the inventory, and node_exporter's textfile folder). What it
 * promises: node_exporter never sees half a file (the old file stays whole until the new one
 * replaces it in one rename), a failed run leaves the last good metrics, and no temporary
 * file is left behind either way.
 */
class TextfileCronLineTest {
    private static final String TEXTFILE_DIR = "/var/lib/prometheus/node-exporter";
    private static final String INVENTORY = "/etc/l2tpdoctor/routers.txt";

    @TempDir
    Path home;

    @Test
    void theCronLineReplacesTheMetricsFileInOneRenameAndLeavesNothingBehind() throws Exception {
        String command = commandOfTheCronLine();
        Path textfiles = Files.createDirectories(home.resolve("textfile"));
        Path metrics = textfiles.resolve("l2tpdoctor.prom");
        Files.writeString(metrics, "# the last good metrics\n");
        try (SimulatedRouter router = new SimulatedRouter()) {
            Path inventory = routerWithKeyLogin(router);
            try (InputStream oldFile = Files.newInputStream(metrics)) {
                Run r = sh(command.replace(INVENTORY, inventory.toString()).replace(TEXTFILE_DIR, textfiles.toString()));

                assertThat(r.code).as(r.err).isZero();
                // a reader that had the old file open still reads it whole: it was replaced, not rewritten in place
                assertThat(new String(oldFile.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("# the last good metrics\n");
            }
        }
        String written = Files.readString(metrics);
        assertThat(written).contains("l2tpdoctor_router_up{router=\"127.0.0.1:");
        Promtool.accepts(written);
        assertThat(leftovers(textfiles)).as("no temporary file is left for node_exporter").isEmpty();
    }

    @Test
    void aFailedRunKeepsTheLastGoodMetricsAndLeavesNoTemporaryFile() throws Exception {
        String command = commandOfTheCronLine();
        Path textfiles = Files.createDirectories(home.resolve("textfile"));
        Path metrics = textfiles.resolve("l2tpdoctor.prom");
        Files.writeString(metrics, "# the last good metrics\n");

        // the inventory is gone: l2tpdoctor exits 2 and writes nothing
        Run r = sh(command.replace(INVENTORY, home.resolve("no-such-inventory.txt").toString())
                .replace(TEXTFILE_DIR, textfiles.toString()));

        assertThat(r.err).contains("no-such-inventory.txt");
        assertThat(Files.readString(metrics)).isEqualTo("# the last good metrics\n");
        assertThat(leftovers(textfiles)).isEmpty();
    }

    /** The command of the README's crontab line: after the five time fields and the user (an /etc/cron.d line). */
    private static String commandOfTheCronLine() throws IOException {
        String line = ReadmeBlocks.only("crontab").strip();
        Matcher m = Pattern.compile("(\\S+\\s+){5}(\\S+)\\s+(.+)").matcher(line);
        assertThat(m.matches()).as("a cron.d line: " + line).isTrue();
        String command = m.group(3);
        assertThat(command).as("cron turns a bare % into a new line").doesNotContain("%");
        assertThat(command).contains(INVENTORY, TEXTFILE_DIR).startsWith("l2tpdoctor ");
        return command;
    }

    private static java.util.List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().equals("l2tpdoctor.prom")).toList();
        }
    }

    /** A router reached over key login, trusted through ~/.ssh/known_hosts; returns an inventory naming it. */
    private Path routerWithKeyLogin(SimulatedRouter router) throws Exception {
        KeyPair key = MonitoringKey.writtenInto(home);
        Path ssh = home.resolve(".ssh");
        Scenario healthy = Scenario.load("healthy");
        int port = router.start(healthy,
                SimulatedRouter.Options.defaults().withoutPasswordLogin().withAuthorizedKey(key.getPublic()));
        Files.writeString(ssh.resolve("known_hosts"), router.knownHostsLine() + "\n");
        return Files.writeString(home.resolve("routers.txt"), healthy.user() + "@127.0.0.1:" + port + "\n");
    }

    private record Run(int code, String err) {
    }

    /** /bin/sh -c, as cron runs a command, with this build as "l2tpdoctor" first on PATH. */
    private Run sh(String command) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path program = bin.resolve("l2tpdoctor");
        Files.writeString(program, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path")
                + "' org.l2tpdoctor.app.Program \"$@\"\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command);
        builder.environment().put("PATH", bin + ":/usr/bin:/bin");
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("SSH_AUTH_SOCK");
        builder.environment().remove("L2TPDOCTOR_PASSWORD");
        Path err = home.resolve("err.txt");
        Process p = builder.redirectErrorStream(false).redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the cron command did not finish: " + command);
        }
        return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }
}
