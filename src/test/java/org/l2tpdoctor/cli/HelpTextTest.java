package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The help of the commands built in code reads as the golden text (which is what their
 * annotations printed before they were built in code). Regenerate with -Dgolden.update=true
 * after a deliberate change, and review the diff.
 */
class HelpTextTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/help");

    @Test
    void topLevelHelpListsEveryCommandAndTheExitCodes() throws IOException {
        assertGolden("top-level", "--help");
    }

    @Test
    void diagnoseHelpListsEveryOptionWithItsDefault() throws IOException {
        assertGolden("diagnose", "diagnose", "--help");
    }

    @Test
    void anUnknownDiagnoseOptionIsNamedAboveTheUsage() throws IOException {
        assertGolden("diagnose-unknown-option", "diagnose", "--bogus", "paste.txt");
    }

    @Test
    void everyCodeBuiltCommandPrintsTheVersion() {
        assertThat(CliRun.run("", "--version").out()).startsWith("l2tpdoctor ");
        assertThat(CliRun.run("", "diagnose", "--version").out()).startsWith("l2tpdoctor ");
    }

    private static void assertGolden(String name, String... args) throws IOException {
        CliRun.Result r = CliRun.run("", args);
        String actual = "exit " + r.code() + "\n" + r.err() + r.out();
        Path expected = GOLDEN.resolve(name + ".expected");
        Golden.assertMatches(expected, actual);
    }
}
