package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;

/** $HOME decides where ~/.ssh is, as for OpenSSH, not the password file's home (issue 17). */
class HomeVariableTest {
    @TempDir
    Path home;

    @Test
    void knownHostsAndSshConfigComeFromHome() throws Exception {
        try (SimulatedRouter router = new SimulatedRouter()) {
            int port = router.start(Scenario.load("healthy"), SimulatedRouter.Options.defaults());
            Path ssh = Files.createDirectories(home.resolve(".ssh"));
            Files.writeString(ssh.resolve("known_hosts"), router.knownHostsLine() + "\n");
            Files.writeString(ssh.resolve("config"), "Host office-gw\n  HostName 127.0.0.1\n  Port " + port
                    + "\n  User admin\n");
            CliRun.Result r = CliRun.run("", Map.of("HOME", home.toString(), "L2TPDOCTOR_PASSWORD", "demo"),
                    "check", "--host", "office-gw", "--no-agent");
            assertThat(r.err()).doesNotContain("host key");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(router.commandsReceived()).isNotEmpty();
        }
    }
}
