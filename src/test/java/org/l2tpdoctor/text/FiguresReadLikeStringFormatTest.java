package org.l2tpdoctor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Figures writes what String.format("%,d") and "%-Ns" wrote in the reports, without its cold start. */
class FiguresReadLikeStringFormatTest {

    @Test
    void groupedMatchesFormatForEdgesAndSeededRandomNumbers() {
        long[] edges = {0, 7, 999, 1000, 1234567, -1, -999, -1000, -1234567, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long n : edges) {
            assertThat(Figures.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
        Random random = new Random(20261124);
        for (int i = 0; i < 1000; i++) {
            long n = random.nextLong() >> random.nextInt(64);
            assertThat(Figures.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
    }

    @Test
    void padRightMatchesLeftAlignedFormat() {
        for (String text : new String[] {"", "L2TP-NAT-001", "L2TP-PROPOSAL-005-LONGER-THAN-16"}) {
            assertThat(Figures.padRight(text, 16)).isEqualTo(String.format("%-16s", text));
        }
    }
}
