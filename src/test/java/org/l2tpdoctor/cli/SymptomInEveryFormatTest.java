package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * --symptom ranks the causes as part of the diagnosis, so every format shows them (JSON and
 * Markdown dropped them when the ranking was done by the text renderer alone).
 */
class SymptomInEveryFormatTest {
    private static final String PASTE = "rules/fixtures/second-client-fails.txt";

    @Test
    void textStartsWithTheSymptom() {
        CliRun.Result r = CliRun.run("", "diagnose", "--color", "never", "--symptom", "second client fails", PASTE);

        assertThat(r.out()).startsWith("Your symptom: \"second client fails\"");
        assertThat(r.out()).contains("L2TP-NAT-001").contains("CONFIRMED by the evidence below");
    }

    @Test
    void jsonListsTheCausesWithWhatTheEvidenceSaid() {
        CliRun.Result r = CliRun.run("", "diagnose", "--format", "json", "--symptom", "second client fails", PASTE);

        assertThat(r.out()).contains("\"symptom\": {").contains("\"text\": \"second client fails\"");
        assertThat(r.out().replaceAll("\\s+", " "))
                .contains("\"id\": \"L2TP-NAT-001\", \"title\": \"Second client behind the same NAT fails\", \"status\": \"confirmed\"");
    }

    @Test
    void markdownHasASymptomSection() {
        CliRun.Result r = CliRun.run("", "diagnose", "--format", "markdown", "--symptom", "second client fails", PASTE);

        assertThat(r.out()).contains("### Your symptom: \"second client fails\"");
        assertThat(r.out()).containsPattern("1\\. L2TP-NAT-001: .* — \\*\\*confirmed\\*\\* by the evidence below");
    }

    @Test
    void withoutASymptomNoFormatShowsTheSection() {
        assertThat(CliRun.run("", "diagnose", "--format", "json", PASTE).out()).doesNotContain("\"symptom\"");
        assertThat(CliRun.run("", "diagnose", "--format", "markdown", PASTE).out()).doesNotContain("Your symptom");
    }
}
