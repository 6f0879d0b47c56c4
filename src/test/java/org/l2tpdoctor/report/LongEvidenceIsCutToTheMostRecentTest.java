package org.l2tpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.rules.Rule;

/**
 * A busy log gives a finding thousands of evidence rows: the text and Markdown reports print the
 * most recent ones and say how many they left out, without splitting rows read from one line;
 * {@code -v} prints all of them.
 */
class LongEvidenceIsCutToTheMostRecentTest {

    @Test
    void textReportShowsTheLatestEvidenceAndCountsTheRest() throws Exception {
        Diagnosis d = diagnosisWithEvidencePairs(500);
        String text = render(d, false);
        assertThat(text).contains("(998 more evidence lines: -v shows all, --format json has all)");
        assertThat(text).contains("log:1000  /doctor attempt", "2026-09-27 phase1 failed 500")
                .doesNotContain("log:998  ");
        assertThat(text.lines().filter(l -> l.contains("log:"))).hasSize(TextReport.MAX_EVIDENCE);
    }

    @Test
    void verboseTextReportShowsEveryEvidenceLine() throws Exception {
        String text = render(diagnosisWithEvidencePairs(500), true);
        assertThat(text).doesNotContain("earlier evidence lines not shown");
        assertThat(text.lines().filter(l -> l.contains("log:"))).hasSize(1000);
    }

    @Test
    void theCutNeverSeparatesRowsReadFromTheSameLine() {
        List<Row> rows = new ArrayList<>();
        for (int line = 1; line <= 10; line++) {
            rows.add(row("/doctor attempt", line, "a"));
            rows.add(row("/log", line, "b"));
            rows.add(row("/log", line, "c"));
        }
        MostRecent<Row> cut = MostRecent.evidence(rows, 5);
        assertThat(cut.shown()).hasSize(6);
        assertThat(cut.shown().get(0).menu()).isEqualTo("/doctor attempt");
        assertThat(cut.omitted()).isEqualTo(24);
    }

    @Test
    void markdownReportIsCutTheSameWay() throws Exception {
        StringWriter out = new StringWriter();
        new MarkdownReport().render(diagnosisWithEvidencePairs(500), new PrintWriter(out, true));
        assertThat(out.toString()).contains("(994 earlier evidence lines not shown; --format json has all)");
    }

    private static Diagnosis diagnosisWithEvidencePairs(int pairs) throws Exception {
        return diagnosisWithEvidencePairs(pairs, "");
    }

    /** A finding with {@code pairs} attempt and log rows as evidence; each log message ends in {@code messageTail}. */
    static Diagnosis diagnosisWithEvidencePairs(int pairs, String messageTail) throws Exception {
        var analysis = TestParsing.diagnose(Path.of("rules/fixtures/second-client-fails.txt")).analysis();
        Rule rule = TestParsing.rules().stream()
                .filter(r -> r.id().equals("L2TP-IKE-001")).findFirst().orElseThrow();
        List<Row> evidence = new ArrayList<>();
        for (int i = 1; i <= pairs; i++) {
            evidence.add(row("/doctor attempt", 2 * i, "attempt " + i));
            evidence.add(row("/log", 2 * i, "2026-09-27 phase1 failed " + i + messageTail));
        }
        return new Diagnosis(analysis, List.of(new Outcome.Finding(rule, evidence, "/ip ipsec profile print")));
    }

    private static Row row(String menu, int line, String text) {
        return new Row(menu, null, Set.of(), Map.of("message", text), null, new Origin("log", line));
    }

    private static String render(Diagnosis d, boolean verbose) {
        StringWriter out = new StringWriter();
        new TextReport(new Style(false), verbose).render(d, new PrintWriter(out, true));
        return out.toString();
    }
}
