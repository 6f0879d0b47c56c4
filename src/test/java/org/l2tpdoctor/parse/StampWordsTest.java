package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ISO stamp tested a word of eight bytes at a time (LogRecordHead.isoShape) finds what the
 * byte by byte reading found: {@link LogStamps#isoEnd} for a line's first test, and the reading
 * kept below for the stamps after a syslog priority or a CSV quote, on stamps of every ISO form
 * with random bytes changed to any of the 256 (a digit with its high bit set, the bytes beside
 * '0' and '9', signs), cut short, at any place of a buffer.
 */
class StampWordsTest {
    private static final String[] STAMPS = {
        "2026-09-18 04:00:35 firewall,info drop",
        "2026-12-01T03:16:32.000Z\",\"10.1.1.1\"",
        "2023-03-18T20:35:05.734011+01:00 x",
        "2023-03-18T20:35:05-0130 x",
        "2026-09-18 4:00:35 dhcp,info x",
        "2026-09-18T04:00:35Z",
        "1999-19-39 29:59:69 ",
    };
    private static final byte[] LIKELY = "0123456789/:;-. T\"Z+".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void theStampReadAWordAtATimeEndsWhereTheByteByByteReadingEnds() {
        Random random = new Random(18);
        int stamps = 0;
        for (int round = 0; round < 300_000; round++) {
            byte[] stamp = STAMPS[random.nextInt(STAMPS.length)].getBytes(StandardCharsets.ISO_8859_1);
            int changes = random.nextInt(3);
            for (int k = 0; k < changes; k++) {
                int value = random.nextBoolean() ? LIKELY[random.nextInt(LIKELY.length)] : random.nextInt(256);
                stamp[random.nextInt(Math.min(stamp.length, 21))] = (byte) (random.nextInt(8) == 0 ? value | 0x80 : value);
            }
            int length = random.nextInt(5) == 0 ? random.nextInt(stamp.length + 1) : stamp.length;
            int start = random.nextInt(9);
            byte[] b = new byte[start + length + random.nextInt(24)];
            for (int k = 0; k < b.length; k++) {
                b[k] = LIKELY[random.nextInt(LIKELY.length)];
            }
            System.arraycopy(stamp, 0, b, start, length);
            int end = start + length;
            String text = new String(b, start, length, StandardCharsets.ISO_8859_1);

            int iso = LogStamps.isoEnd(b, start, end);
            boolean shape = start + 20 <= end && b[start + 10] == ' ' && b[start + 19] == ' ' && LogRecordHead.isoShape(b, start);
            assertThat(shape ? start + 19 : -1).as(text).isEqualTo(iso);
            int reference = Reference.stampEnd(b, start, end);
            if (reference != Reference.NOT_COMPARED) {
                assertThat(LogRecordHead.stampEnd(b, start, end)).as(text).isEqualTo(reference);
            }
            if (reference > 0) {
                stamps++;
            }
        }
        assertThat(stamps).isGreaterThan(50_000);
    }

    /** LogRecordHead's stamp reading before the words of eight bytes (6 December 2026, be83396). */
    private static final class Reference {
        static final int NOT_COMPARED = -2;

        static int stampEnd(byte[] b, int i, int end) {
            if (i + 8 > end) {
                return -1;
            }
            if (isDigit(b[i])) {
                if (isDigit(b[i + 1]) && isDigit(b[i + 2]) && isDigit(b[i + 3]) && b[i + 4] == '-') {
                    return isoEnd(b, i, end);
                }
                return clockEnd(b, i, end);
            }
            return NOT_COMPARED; // a month's name: read as before
        }

        private static int isoEnd(byte[] b, int i, int end) {
            if (!digits(b, i + 5, 2, end) || i + 10 >= end || b[i + 7] != '-' || !digits(b, i + 8, 2, end)
                    || b[i + 10] != ' ' && b[i + 10] != 'T') {
                return -1;
            }
            int j = clockEnd(b, i + 11, end);
            if (j < 0 || b[i + 10] != 'T') {
                return j;
            }
            if (j < end && b[j] == '.') {
                j++;
                while (j < end && isDigit(b[j])) {
                    j++;
                }
            }
            if (j < end && b[j] == 'Z') {
                return j + 1;
            }
            if (j < end && (b[j] == '+' || b[j] == '-') && digits(b, j + 1, 2, end)) {
                int z = j + 3;
                if (z < end && b[z] == ':') {
                    z++;
                }
                return digits(b, z, 2, end) ? z + 2 : j;
            }
            return j;
        }

        private static int clockEnd(byte[] b, int i, int end) {
            if (!digits(b, i, 1, end)) {
                return -1;
            }
            int j = i + (digits(b, i, 2, end) ? 2 : 1);
            if (j + 6 > end || b[j] != ':' || !digits(b, j + 1, 2, end) || b[j + 3] != ':' || !digits(b, j + 4, 2, end)) {
                return -1;
            }
            return j + 6;
        }

        private static boolean digits(byte[] b, int i, int count, int end) {
            if (i + count > end) {
                return false;
            }
            for (int k = i; k < i + count; k++) {
                if (!isDigit(b[k])) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isDigit(byte c) {
            return c >= '0' && c <= '9';
        }
    }
}
