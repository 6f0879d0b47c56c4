package org.l2tpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus's own checker, {@code promtool check metrics}: the parser and the naming lint that
 * Prometheus applies. Found on PATH (.ci/run puts Debian's there); absent on a developer's
 * machine, the strict {@link ExpositionParser} still runs, unless L2TPDOCTOR_REQUIRE_PROMTOOL is
 * set, as CI sets it, which makes its absence a failure.
 */
public final class Promtool {
    private Promtool() {
    }

    public static Path find() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, "promtool");
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        if (System.getenv("L2TPDOCTOR_REQUIRE_PROMTOOL") != null) {
            throw new AssertionError("promtool is not on PATH and L2TPDOCTOR_REQUIRE_PROMTOOL is set (.ci/run installs it)");
        }
        return null;
    }

    /** Asserts that promtool, when present, accepts the exposition without a lint problem. */
    public static void accepts(String exposition) throws IOException, InterruptedException {
        ExpositionParser.parse(exposition);
        Path promtool = find();
        if (promtool == null) {
            return;
        }
        Process p = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
        p.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        assertThat(p.exitValue()).as("promtool check metrics said:\n" + said + "\non:\n" + exposition).isZero();
    }
}
