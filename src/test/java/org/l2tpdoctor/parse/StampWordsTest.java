package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ISO stamp and the clock tested a word of eight bytes at a time (LogRecordHead.isoShape) find
 * what the byte by byte reading found: {@link LogStamps#isoEnd} for a line's first test, and the
 * reading kept below for every stamp after blanks, a syslog priority or a CSV quote (ISO, RFC
 * 3339, BSD syslog, {@code jul/19}, Winbox's, a bare clock), on stamps of every form
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
        "Jan  1 03:42:16 10.120.127.1 dhcp,info",
        "Dec 16 23:59:60 router l2tp,info",
        "jul/19 14:27:01 ipsec,info",
        "jan/02/1970 00:41:37 system,info",
        "Sep/18/2026 5:29:12 x",
        "17:12:32 ppp,info",
        "7:12:32 ppp,info",
    };
    private static final byte[] LIKELY = "0123456789/:;-. T\"Z+".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void aStampReadAWordAtATimeEndsWhereTheByteByByteReadingEnds() {
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
            assertThat(LogRecordHead.stampEnd(b, start, end)).as(text).isEqualTo(reference);
            if (reference > 0) {
                stamps++;
            }
        }
        assertThat(stamps).isGreaterThan(50_000);
    }

    /** LogRecordHead's stamp reading before the words of eight bytes (6 December 2026, f5e312f). */
    private static final class Reference {
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
            if (!isLetter(b[i]) || !isLetter(b[i + 1]) || !isLetter(b[i + 2])) {
                return -1;
            }
            if (b[i + 3] == '/') {
                if (!digits(b, i + 4, 2, end)) {
                    return -1;
                }
                int j = i + 6;
                if (j < end && b[j] == '/' && digits(b, j + 1, 4, end)) {
                    j += 5;
                }
                return j < end && (b[j] == ' ' || b[j] == '\t') ? clockEnd(b, j + 1, end) : -1;
            }
            if (b[i + 3] == ' ' && b[i] >= 'A' && b[i] <= 'Z') {
                int j = i + 4;
                if (j < end && b[j] == ' ') {
                    j++;
                }
                if (!digits(b, j, 1, end)) {
                    return -1;
                }
                j += digits(b, j, 2, end) ? 2 : 1;
                return j < end && b[j] == ' ' ? clockEnd(b, j + 1, end) : -1;
            }
            return -1;
        }

        private static boolean isLetter(byte c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
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
