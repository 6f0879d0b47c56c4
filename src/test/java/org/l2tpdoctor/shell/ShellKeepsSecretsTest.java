package org.l2tpdoctor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user types is kept in the history and echoed back with its secrets masked (issue 17). */
class ShellKeepsSecretsTest {
    @TempDir
    Path home;

    @Test
    void typedSecretsReachNeitherTheHistoryNorTheScreen() throws Exception {
        ShellDriver.Result r = ShellDriver.script(home, "load rules/fixtures/second-client-fails.txt",
                "log secret=CANARY-typed-1", "show /ppp secret --grep password=CANARY-typed-2");
        // the prompt lines are the terminal echoing the keys as they are typed, not the shell
        assertThat(r.out().lines().filter(l -> !l.startsWith("l2tpdoctor"))).noneMatch(l -> l.contains("CANARY-typed"));
        assertThat(Files.readString(home.resolve("history"))).contains("log secret=").doesNotContain("CANARY-typed");
    }
}
