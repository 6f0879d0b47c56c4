package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The analysis reads addresses and counters by hand instead of with regular expressions (a fleet
 * of 1,000 routers compiled a pattern per address part and per counter): each reader is held
 * equal to the expression it replaced, over tricky and seeded random inputs.
 */
class HandReadNumbersTest {
    private static final String ALPHABET = "0123456789.. -/\t\u00a0\u202f\u2003x1";

    /** The definition PoolUsage.ipv4 had: split at dots, four parts of 1-3 digits each at most 255. */
    private static long ipv4ByPattern(String text) {
        if (text == null) {
            return -1;
        }
        String[] parts = text.strip().split("\\.");
        if (parts.length != 4) {
            return -1;
        }
        long value = 0;
        for (String p : parts) {
            if (!p.matches("\\d{1,3}")) {
                return -1;
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return -1;
            }
            value = value * 256 + octet;
        }
        return value;
    }

    private static List<String> inputs() {
        List<String> out = new ArrayList<>(List.of("", " ", ".", "...", "....", "10.0.0.1", " 10.0.0.1 ",
                "10.0.0.1.", "10.0.0.1..", ".10.0.0.1", "10..0.1", "10.0.0", "10.0.0.1.2", "255.255.255.255",
                "256.0.0.1", "010.000.000.001", "0010.0.0.1", "1.2.3.4 .", "1.2.3.4/24", "\u00a010.0.0.1",
                "\u200310.0.0.1\u2003", "1.2.3.\u0664", "12 334", "12\u00a0334\u202f001", "1\t2\n3\u000b4\f5\r6",
                "+1.2.3.4", "-1.2.3.4", "1.2.3.4\n"));
        Random random = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void anAddressIsReadAsTheSplitAndDigitPatternReadIt() {
        assertThat(PoolUsage.ipv4(null)).isEqualTo(-1);
        for (String text : inputs()) {
            assertThat(PoolUsage.ipv4(text)).as("'%s'", text).isEqualTo(ipv4ByPattern(text));
        }
    }

    @Test
    void aCounterLosesTheSameSpacesAsThePatternRemovedFromIt() {
        assertThat(FirewallCounters.count(null)).isNull();
        for (String text : inputs()) {
            assertThat(FirewallCounters.count(text)).as("'%s'", text)
                    .isEqualTo(text.replaceAll("[\\s\\u00a0\\u202f]", ""));
        }
    }
}
