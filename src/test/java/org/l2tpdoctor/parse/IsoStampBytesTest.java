package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanner's ISO stamp check reads eight bytes at a time; it answers exactly what a byte by
 * byte reading of {@code yyyy-mm-dd HH:MM:SS } answers, on stamps mutated at every position with
 * the bytes next to the digits and separators ('/', ':', '@', a high byte...), at any offset.
 */
class IsoStampBytesTest {
    private static final byte[] NEAR = {'0', '9', '/', ':', ';', '-', ' ', '\t', 'T', '@', 'a', 0x2C, 0x2E, 0x20,
        (byte) 0xB0, (byte) 0xB9, (byte) 0xFF, 0x00, 0x7F, 0x10, 0x3F};

    /** The byte loop the scanner used before. */
    private static int byteByByte(byte[] b, int i, int end) {
        if (i + 20 > end || b[i + 4] != '-' || b[i + 7] != '-' || b[i + 10] != ' ' || b[i + 13] != ':'
                || b[i + 16] != ':' || b[i + 19] != ' ') {
            return -1;
        }
        for (int k : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
            if (b[i + k] < '0' || b[i + k] > '9') {
                return -1;
            }
        }
        return i + 19;
    }

    @Test
    void eightBytesAtATimeAnswersWhatTheByteLoopAnswers() {
        Random r = new Random(18);
        byte[] stamp = "2026-09-18 09:51:56 ipsec,info x".getBytes(StandardCharsets.US_ASCII);
        int accepted = 0;
        for (int round = 0; round < 200_000; round++) {
            int at = r.nextInt(4);
            byte[] b = new byte[at + stamp.length];
            System.arraycopy(stamp, 0, b, at, stamp.length);
            for (int m = r.nextInt(3); m > 0; m--) {
                b[at + r.nextInt(21)] = r.nextBoolean() ? NEAR[r.nextInt(NEAR.length)] : (byte) r.nextInt(256);
            }
            int end = r.nextInt(8) == 0 ? at + 15 + r.nextInt(8) : b.length;
            int expected = byteByByte(b, at, end);
            assertThat(LogStamps.isoEnd(b, at, end)).as("round %d", round).isEqualTo(expected);
            accepted += expected > 0 ? 1 : 0;
        }
        assertThat(accepted).as("unchanged stamps are accepted").isGreaterThan(10_000);
    }

    @Test
    void everyDigitAndEverySeparatorIsChecked() {
        byte[] stamp = "2026-09-18 09:51:56 x".getBytes(StandardCharsets.US_ASCII);
        assertThat(LogStamps.isoEnd(stamp, 0, stamp.length)).isEqualTo(19);
        for (int k = 0; k < 20; k++) {
            for (int v = 0; v < 256; v++) {
                byte[] b = stamp.clone();
                b[k] = (byte) v;
                assertThat(LogStamps.isoEnd(b, 0, b.length)).as("byte %d = %d", k, v).isEqualTo(byteByByte(b, 0, b.length));
            }
        }
    }
}
