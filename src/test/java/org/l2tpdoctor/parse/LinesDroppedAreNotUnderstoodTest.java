package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.Snapshot;

/**
 * A line the extractor drops with a warning (a multi-line setting past the line cap, an item past
 * its line cap) is counted once: warned, not also understood. The fuzz test found a setting's
 * value grown past 16 KiB by a huge line whose next line was both (corpus
 * v7-l2tp-server-server-print-01, case 46: "understood 9 of 10 lines" with 2 lines warned).
 */
class LinesDroppedAreNotUnderstoodTest {
    @Test
    void aLineAfterASettingGrownPastTheCapIsWarnedNotUnderstood() {
        String print = "[admin@R1] > /interface l2tp-server server print\n"
                + "                 enabled: yes\n"
                + "          authentication: mschap1\n"
                + "                          " + "x".repeat(16_000) + "\n"
                + "                          " + "y".repeat(1_000) + "\n"
                + "                          mschap2\n";
        assertEachLineCountedOnce(TestParsing.text(print), 5);
    }

    @Test
    void aLineAfterAnItemGrownPastItsLineCapIsWarnedNotUnderstood() {
        StringBuilder print = new StringBuilder("[admin@R1] > /ppp secret print detail\n 0   name=\"a\" service=l2tp\n");
        for (int i = 0; i < PrintExtractor.MAX_ITEM_LINES + 2; i++) {
            print.append("     k").append(i).append("=v\n");
        }
        assertEachLineCountedOnce(TestParsing.text(print.toString()), PrintExtractor.MAX_ITEM_LINES + 3);
    }

    private static void assertEachLineCountedOnce(Snapshot s, int lines) {
        long warned = s.warnings().stream().map(ParseWarning::origin).map(o -> o.line()).distinct().count();
        assertThat(s.linesRead()).isEqualTo(lines);
        assertThat(warned).as("warnings: %s", s.warnings()).isPositive();
        assertThat(s.linesUnderstood() + warned).as("warnings: %s", s.warnings()).isEqualTo(lines);
    }
}
