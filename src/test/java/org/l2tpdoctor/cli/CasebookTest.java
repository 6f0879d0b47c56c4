package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.report.ExitCodes;
import org.l2tpdoctor.rules.RuleLoader;

/** The casebook runner scores a small casebook of every kind of case (src/test/resources/casebook-sample). */
class CasebookTest {
    private static final Path SAMPLE = Path.of("src/test/resources/casebook-sample");

    private static Map<String, Casebook.Result> results() throws Exception {
        return Casebook.run(SAMPLE, RuleLoader.fromFolder(Path.of("rules"))).results().stream()
                .collect(Collectors.toMap(r -> r.kase().id(), Function.identity()));
    }

    @Test
    void aCaseIsRightWhenExitFiresAndSilentAllAgree() throws Exception {
        Casebook.Result healthy = results().get("healthy-right");
        assertThat(healthy.right()).as(healthy.differences().toString()).isTrue();
        assertThat(healthy.exit()).isZero();
    }

    @Test
    void anExpectedCaseTheToolGetsWrongFailsTheCasebookAndSaysHow() throws Exception {
        Casebook.Result wrong = results().get("impossible-expected");
        assertThat(wrong.regression()).isTrue();
        assertThat(wrong.differences()).containsExactly("exit 0, expected 1", "not reported: L2TP-NONE-999");
    }

    @Test
    void aKnownWrongCaseIsToleratedAndOneThatNowPassesIsFlagged() throws Exception {
        Map<String, Casebook.Result> results = results();
        assertThat(results.get("impossible-known-wrong").regression()).isFalse();
        assertThat(results.get("impossible-known-wrong").right()).isFalse();
        assertThat(results.get("healthy-marked-known-wrong").fixed()).isTrue();
    }

    @Test
    void anUnreadableCaseFileIsAFailureWithItsLineNotAnAbort() throws Exception {
        Casebook.Result broken = results().get("broken-yaml");
        assertThat(broken.regression()).isTrue();
        assertThat(broken.differences().get(0)).contains("case.yaml", "not valid YAML", "line 2");
    }

    @Test
    void aPasteThatIsNotRouterOutputExitsTwoAsDiagnoseDoes() throws Exception {
        Casebook.Result notRouter = results().get("not-router-output");
        assertThat(notRouter.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(notRouter.right()).isTrue();
    }

    @Test
    void theCommandPrintsTheScoreEveryListAndFailsOnARegression() {
        CliRun.Result r = CliRun.run("", "rules", "casebook", SAMPLE.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("3 of 6 right; healthy 2 of 2 right",
                "known wrong (1):", "impossible-known-wrong: no rule L2TP-NONE-999 exists",
                "FAILING, marked expected (2):", "impossible-expected: exit 0, expected 1",
                "now right, marked known-wrong: set 'status: expected' (1):", "healthy-marked-known-wrong");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        CliRun.Result r = CliRun.run("", "rules", "casebook", "no-such-casebook");
        assertThat(r.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("no-such-casebook: no such file or folder");
    }
}
