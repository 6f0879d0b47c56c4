package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The secret masker masks input, not l2tpdoctor's own words: "parse -v" printed
 * "no key=******** no table header" for its own reason "no key=value, no table header".
 */
class ParseWarningsKeepTheToolsWordsTest {

    @Test
    void theReasonOfAWarningIsPrintedAsWritten() {
        String paste = "[admin@R1] > /ip ipsec peer print detail\n"
                + "the router says nothing useful here\n";
        CliRun.Result parse = CliRun.run(paste, "parse", "-v", "-");
        assertThat(parse.out()).contains("no key=value, no table header").doesNotContain("key=********");
        CliRun.Result diagnose = CliRun.run(paste, "diagnose", "-v", "--color", "never", "-");
        assertThat(diagnose.out()).contains("no key=value, no table header").doesNotContain("key=********");
    }

    @Test
    void aSecretTheReasonQuotesFromTheInputIsStillMasked() {
        var w = new org.l2tpdoctor.model.ParseWarning(new org.l2tpdoctor.model.Origin("paste", 3), 7,
                "add secret=hunter2 x", "not an export command: extraneous input 'secret=hunter2' expecting NEWLINE");
        assertThat(org.l2tpdoctor.report.WarningText.where(w)).doesNotContain("hunter2")
                .contains("not an export command: extraneous input 'secret=********'");
    }
}
