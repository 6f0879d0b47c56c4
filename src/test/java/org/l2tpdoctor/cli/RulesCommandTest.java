package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** rules list|show|test|lint work from the repository and report through their exit codes. */
class RulesCommandTest {

    @Test
    void listShowsEveryRuleOnOneLine() {
        CliRun.Result r = CliRun.run("", "rules", "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("L2TP-NAT-001", "L2TP-SERVER-001");
    }

    @Test
    void showExplainsARuleAndUnknownIdsAreErrors() {
        assertThat(CliRun.run("", "rules", "show", "l2tp-nat-001").out()).contains("Why:", "Fix:", "installed-sa flush");
        CliRun.Result missing = CliRun.run("", "rules", "show", "L2TP-NOPE-999");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no rule L2TP-NOPE-999");
    }

    @Test
    void testAndLintPassOnTheShippedRules() {
        CliRun.Result test = CliRun.run("", "rules", "test");
        assertThat(test.code()).as(test.out()).isZero();
        assertThat(test.out()).containsPattern("\\d+ passed, 0 failed");
        CliRun.Result lint = CliRun.run("", "rules", "lint");
        assertThat(lint.code()).as(lint.out()).isZero();
        assertThat(lint.out()).contains("0 problem(s)");
    }

    @Test
    void symptomsRankCausesAndSayWhatToPaste() {
        CliRun.Result r = CliRun.run("", "symptoms", "second client fails");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("L2TP-NAT-001", "Paste the output of these commands");
        CliRun.Result confirmed = CliRun.run("", "symptoms", "second client fails", "rules/fixtures/second-client-fails.txt");
        assertThat(confirmed.code()).isEqualTo(1);
        assertThat(confirmed.out()).contains("CONFIRMED");
    }

    @Test
    void fixScriptIsWrittenOnceAndNeverOverwritten(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path script = dir.resolve("fix.rsc");
        CliRun.Result first = CliRun.run("", "diagnose", "--fix-script", script.toString(), "rules/fixtures/second-client-fails.txt");
        assertThat(first.code()).isEqualTo(1);
        assertThat(java.nio.file.Files.readString(script)).contains("/export file=before-l2tpdoctor-");
        CliRun.Result second = CliRun.run("", "diagnose", "--fix-script", script.toString(), "rules/fixtures/second-client-fails.txt");
        assertThat(second.code()).isEqualTo(2);
        assertThat(second.err()).contains("exists");
    }

    @Test
    void markdownFencesCannotBeBrokenByInput() {
        CliRun.Result r = CliRun.run("[admin@R1] > /ip ipsec identity print detail\n"
                + " 0    ;;; ```\n      peer=l2tp-in-server generate-policy=no\n", "diagnose", "--format", "markdown", "-");
        // latent: no two clients share an address, so the finding is INFO
        assertThat(r.out()).contains("### INFO L2TP-POLICY-001").doesNotContain(";;; ```");
    }
}
