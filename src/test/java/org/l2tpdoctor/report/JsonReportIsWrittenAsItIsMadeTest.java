package org.l2tpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.text.Json;

/**
 * A JSON report on a 1 GiB log is ~19 MB: held whole (as a string, then as the characters the
 * encoder copies it to) it took a 256 MiB heap past its limit. It goes to the output in blocks as
 * it is made, and reads the same as the whole text did.
 */
class JsonReportIsWrittenAsItIsMadeTest {
    private static final int PAIRS = 5_000;
    /** Log messages outside Latin-1, so the report is not one byte a character. */
    private static final String NOT_LATIN_1 = " \u00e9\u2028";

    @Test
    void aLongReportReachesTheOutputInBlocksNeverWhole() throws Exception {
        Sizes sizes = new Sizes();
        new JsonReport().render(LongEvidenceIsCutToTheMostRecentTest.diagnosisWithEvidencePairs(PAIRS, NOT_LATIN_1), 1, new PrintWriter(sizes));
        assertThat(sizes.total).isGreaterThan(1_000_000);
        assertThat(sizes.largest).isLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void theReportWrittenInBlocksIsTheWholeDocumentsText() throws Exception {
        Diagnosis d = LongEvidenceIsCutToTheMostRecentTest.diagnosisWithEvidencePairs(PAIRS, NOT_LATIN_1);
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
}
