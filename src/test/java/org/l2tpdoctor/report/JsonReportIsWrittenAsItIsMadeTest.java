package org.l2tpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
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
import org.l2tpdoctor.text.Json;

/**
 * A JSON report on a 1 GiB log is ~19 MB: held whole (as a string, then as the characters the
 * encoder copies it to) it took a 256 MiB heap past its limit. It goes to the output in blocks as
 * it is made, and reads the same as the whole text did.
 */
class JsonReportIsWrittenAsItIsMadeTest {
    private static final int PAIRS = 5_000;

    @Test
    void aLongReportReachesTheOutputInBlocksNeverWhole() throws Exception {
        Sizes sizes = new Sizes();
        new JsonReport().render(diagnosisWithEvidencePairs(PAIRS), 1, new PrintWriter(sizes));
        assertThat(sizes.total).isGreaterThan(1_000_000);
        assertThat(sizes.largest).isLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void theReportWrittenInBlocksIsTheWholeDocumentsText() throws Exception {
        Diagnosis d = diagnosisWithEvidencePairs(PAIRS);
        JsonReport report = new JsonReport();
        StringBuilder streamed = new StringBuilder();
        report.render(d, 1, new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int off, int len) {
                streamed.append(chars, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }));
        assertThat(streamed.toString()).isEqualTo(Json.write(report.document(d, 1)) + System.lineSeparator());
    }

    /** Counts what a writer is given, and the largest piece given at once. */
    private static final class Sizes extends Writer {
        long total;
        int largest;

        @Override
        public void write(char[] chars, int off, int len) {
            total += len;
            largest = Math.max(largest, len);
        }

        @Override
        public void write(String s, int off, int len) {
            total += len;
            largest = Math.max(largest, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static Diagnosis diagnosisWithEvidencePairs(int pairs) throws Exception {
        var analysis = TestParsing.diagnose(Path.of("rules/fixtures/second-client-fails.txt")).analysis();
        Rule rule = TestParsing.rules().stream()
                .filter(r -> r.id().equals("L2TP-IKE-001")).findFirst().orElseThrow();
        List<Row> evidence = new ArrayList<>();
        for (int i = 1; i <= pairs; i++) {
            evidence.add(row("/doctor attempt", 2 * i, "attempt " + i));
            evidence.add(row("/log", 2 * i, "2026-09-27 phase1 failed " + i + " \u00e9\u2028"));
        }
        return new Diagnosis(analysis, List.of(new Outcome.Finding(rule, evidence, "/ip ipsec profile print")));
    }

    private static Row row(String menu, int line, String text) {
        return new Row(menu, null, Set.of(), Map.of("message", text), null, new Origin("log", line));
    }
}
