package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.rules.RuleLoader;

/**
 * The real cases in cases/ (cases/README.md) decide whether the rules are right: every case marked
 * {@code expected} must get its expected answer. A {@code known-wrong} case is tolerated; one that
 * now passes is printed so that its status gets updated.
 */
class CasebookOfRealCasesTest {

    @Test
    void everyCaseMarkedExpectedGetsTheAnswerItsResolutionGives() throws Exception {
        Casebook.Score score = Casebook.run(Path.of("cases"), RuleLoader.fromFolder(Path.of("rules")));
        java.io.StringWriter text = new java.io.StringWriter();
        CasebookCommand.print(score, false, new java.io.PrintWriter(text, true));
        System.out.print(text);
        assertThat(score.regressions().stream()
                .map(r -> r.kase().id() + ": " + String.join("; ", r.differences()))
                .collect(Collectors.toList()))
                .as("cases marked expected that the tool gets wrong (fix the mechanism, or mark the case "
                        + "known-wrong with the reason)\n" + text)
                .isEmpty();
    }
}
