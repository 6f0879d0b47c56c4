package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.demo.Fault;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;

/**
 * A router that let us log in and then answered nothing was reached: its fleet row says
 * "no answer", not "unreachable", in every format that has the table (issue 17).
 */
class SilentRouterRowTest {
    @TempDir
    Path tmp;

    @Test
    void aRouterThatLoggedInAndAnsweredNothingIsNoAnswerNotUnreachable() throws Exception {
        try (SimulatedRouter silent = new SimulatedRouter(); SimulatedRouter healthy = new SimulatedRouter()) {
            int silentPort = silent.start(Scenario.load("healthy"),
                    SimulatedRouter.Options.defaults().withFaultOnEveryCommand(Fault.answersNothing()));
            int healthyPort = healthy.start(Scenario.load("healthy"), SimulatedRouter.Options.defaults());
            for (String format : new String[] {"text", "markdown"}) {
                CliRun.Result r = CliRun.run("", Map.of("L2TPDOCTOR_PASSWORD", "demo"), "check", "--format", format,
                        "--known-hosts", tmp.resolve("known_hosts").toString(), "--ssh-config", tmp.resolve("none").toString(),
                        "--accept-new-host-key", "--no-agent", "-l", "admin", "--command-timeout", "1s", "--color", "never",
                        "--host", "127.0.0.1:" + silentPort, "--host", "127.0.0.1:" + healthyPort);
                String row = r.out().lines().filter(l -> l.contains(":" + silentPort)).findFirst().orElseThrow();
                assertThat(row).as(format).contains("no answer").contains("answered nothing").doesNotContain("unreachable");
                assertThat(r.code()).isEqualTo(2);
            }
        }
    }
}
