package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The newline search a word or two of eight bytes at a time finds the first '\n' a byte by byte
 * search finds: any place of the word, a word's last byte, bytes around 0x0A and with the high bit
 * set (a borrow between bytes must not make a newline of its neighbour), none at all, ranges of
 * every length and start.
 */
class NextNewlineTest {
    private static final byte[] NEAR = {'\n', '\n', 0x0B, 0x09, 0x00, 0x01, (byte) 0x8A, (byte) 0x80, (byte) 0xFF, 'a', ' '};

    @Test
    void findsTheFirstNewlineAByteByByteSearchFinds() {
        Random random = new Random(18);
        for (int round = 0; round < 200_000; round++) {
            byte[] b = new byte[1 + random.nextInt(70)];
            int density = 1 + random.nextInt(40);
            for (int k = 0; k < b.length; k++) {
                b[k] = random.nextInt(density) == 0 ? NEAR[random.nextInt(NEAR.length)] : (byte) ('a' + random.nextInt(26));
            }
            int from = random.nextInt(b.length + 1);
            int to = from + random.nextInt(b.length - from + 1);
            int expected = from;
            while (expected < to && b[expected] != '\n') {
                expected++;
            }
            assertThat(BulkLogScanner.nextNewline(b, from, to)).as("round %d", round).isEqualTo(expected);
        }
    }
}
