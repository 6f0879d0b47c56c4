package org.l2tpdoctor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A warning's reason is the grammar's message, which quotes the raw input from the offending token
 * on. The 100,000-case fuzz run (v7-log-ipsec-04, case 1890) found a planted secret in the JSON
 * warnings this way: the line shown was masked, the excerpt in the reason was not. The reason may
 * quote only what the masked line shows.
 */
class ParseWarningQuotesOnlyWhatTheLineShowsTest {
    private static final Origin AT = new Origin("paste.txt", 16);

    @Test
    void anExcerptHoldingAKeyAndItsSecretIsMaskedAsTheLineIs() {
        ParseWarning w = new ParseWarning(AT, 7, "RY-7c1\" secret=S3cret-Canary",
                "not an export command: token recognition error at: '\" secret=S3cret-Canary'");
        assertThat(w.text()).doesNotContain("S3cret-Canary");
        assertThat(w.reason()).doesNotContain("S3cret-Canary").startsWith("not an export command: token recognition error");
    }

    @Test
    void anExcerptThatStartsInsideASecretValueIsNotQuotedAtAll() {
        // the key is before the offending token, so the excerpt holds the value without it
        ParseWarning w = new ParseWarning(AT, 22, "add name=u1 password=\"S3cret-Canary",
                "not an export command: token recognition error at: '\"S3cret-Canary'");
        assertThat(w.reason()).doesNotContain("S3cret").isEqualTo("not an export command: token recognition error at: '\u2026'");
        ParseWarning mismatched = new ParseWarning(AT, 22, "add name=u1 password=S3cret-Canary x",
                "not an export command: extraneous input 'S3cret-Canary' expecting {<EOF>, '/', VERB}");
        assertThat(mismatched.reason()).doesNotContain("S3cret")
                .isEqualTo("not an export command: extraneous input '\u2026' expecting {<EOF>, '/', VERB}");
    }

    @Test
    void anExcerptTheLineShowsIsKeptForTheReader() {
        ParseWarning w = new ParseWarning(AT, 1,
                "ipsec,error phase1 negotiation failed due to time up 89.109.14.221[500]<=>209.38.224.8[63707]",
                "not an export command: mismatched input 'ipsec,error' expecting {<EOF>, COMMENT, '/', VERB}");
        assertThat(w.reason()).isEqualTo("not an export command: mismatched input 'ipsec,error' expecting {<EOF>, COMMENT, '/', VERB}");
        assertThat(new ParseWarning(AT, 5, "add x", "mismatched input '<EOF>' expecting '='").reason())
                .isEqualTo("mismatched input '<EOF>' expecting '='");
    }

    @Test
    void aReasonWithoutQuotesIsUnchangedAndAShiftedWarningStaysTheSame() {
        ParseWarning w = new ParseWarning(AT, 1, "x", "not a log line");
        assertThat(w.reason()).isEqualTo("not a log line");
        ParseWarning masked = new ParseWarning(AT, 22, "add password=\"S3cret",
                "token recognition error at: '\"S3cret'");
        assertThat(new ParseWarning(new Origin("paste.txt", 40), masked.column(), masked.text(), masked.reason()))
                .extracting(ParseWarning::text, ParseWarning::reason)
                .containsExactly(masked.text(), masked.reason());
    }
}
