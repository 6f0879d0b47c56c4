package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Passing over a word that starts with no lowercase letter (a syslog host) by a shorter loop sorts
 * every line as the word-by-word reading did: the earlier reading, kept below, is the reference,
 * on log lines of every form with random bytes changed to those that matter (blanks, commas, "!",
 * quotes, letters of our topics, digits, a byte above 127).
 */
class TopicWordsTest {
    private static final String[] LINES = {
        "Jan  1 02:27:48 10.120.127.1 dhcp,info server1 deassigned 192.168.201.120",
        "Jan  1 02:27:48 10.120.127.1 ipsec,debug,packet 2c4780aa 77a6fcb0",
        "Dec  6 09:32:30 router1 l2tp,info first L2TP UDP packet received",
        "Dec  6 09:32:30 10.0.0.1 1,ipsec,2 x",
        "Dec  6 09:32:30 10.0.0.1 X,!ipsec,debug tag",
        "2026-09-18 02:41:26 system,info,account user admin logged in",
        "2026-09-18 02:41:26 ppp,info,!debug <l2tp-bob>: connected",
        "2026-09-18 02:41:26 echo: hello",
        "2026-09-18 02:41:26 MikroTik: 10.1.1.1 ipsec, info phase1",
        "\"2026-12-01T02:10:40.000Z\",\"10.120.127.1\",\"ipsec,info purging ISAKMP-SA\"",
        "\"2026-12-01T02:10:41.000Z\",\"10.120.127.1\",\"dhcp,info server1 deassigned\"",
        "\"2026-12-01T02:10:41.000Z\",\"a,ppp\",\"x\"",
    };
    private static final byte[] CHANGES = " \t,,!\"\"ipsecl2t1.:-Z#".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void theShorterLoopSortsEveryLineAsTheWordByWordReading() {
        Random random = new Random(18);
        int checked = 0;
        for (int round = 0; round < 40_000; round++) {
            byte[] b = LINES[random.nextInt(LINES.length)].getBytes(StandardCharsets.ISO_8859_1);
            int changes = random.nextInt(4);
            for (int k = 0; k < changes; k++) {
                b[random.nextInt(b.length)] = random.nextInt(20) == 0 ? (byte) 0xE9 : CHANGES[random.nextInt(CHANGES.length)];
            }
            int end = random.nextInt(4) == 0 ? random.nextInt(b.length + 1) : b.length;
            for (int from = 1; from < end; from += 1 + random.nextInt(6)) { // after a stamp, never at the line's first byte
                for (boolean csv : new boolean[] {false, true}) {
                    assertThat(LogRecordHead.topics(b, from, end, csv))
                            .as("%s from %d csv %s", new String(b, 0, end, StandardCharsets.ISO_8859_1), from, csv)
                            .isEqualTo(Reference.topics(b, from, end, csv));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    /** LogRecordHead's topic reading before the shorter loop (6 December 2026, 370dd0b). */
    private static final class Reference {
        private static final int WORDS = 6;
        private static final int OURS = LogRecordHead.OURS;
        private static final int OTHER = LogRecordHead.OTHER;

        static int topics(byte[] b, int from, int end, boolean csv) {
            int word = from;
            for (int w = 0; w < WORDS; w++) {
                while (word < end && (b[word] == ' ' || b[word] == '\t' || csv && isCsvBreak(b, word, end))) {
                    word++;
                }
                if (word >= end) {
                    return OURS;
                }
                int wordEnd = word;
                int name = word;
                boolean topicChars = true; // as LogExtractor.isTopicList: names of a-z0-9- starting a-z, "!" after a comma
                boolean comma = false;
                boolean ours = false;
                byte c;
                while (wordEnd < end && (c = b[wordEnd]) != ' ' && c != '\t' && !(csv && isCsvBreak(b, wordEnd, end))) {
                    if (c == ',') {
                        comma = true;
                        ours |= isOurTopic(b, name, wordEnd);
                        topicChars &= wordEnd > name;
                        name = wordEnd + 1;
                    } else if (wordEnd == name) {
                        if (c == '!' && comma && wordEnd + 1 < end && b[wordEnd + 1] >= 'a' && b[wordEnd + 1] <= 'z') {
                            name++; // "!debug"
                        } else {
                            topicChars &= c >= 'a' && c <= 'z';
                        }
                    } else {
                        topicChars &= c >= 0 && TOPIC_CHAR[c];
                    }
                    wordEnd++;
                }
                boolean lastName = isOurTopic(b, name, wordEnd);
                if (topicChars && comma && wordEnd > name) {
                    return ours || lastName ? OURS : OTHER;
                }
                if (ours || lastName && name == word) {
                    return OURS; // "ipsec" alone, or "ipsec," of a list written with spaces
                }
                if (wordEnd - word == 5 && b[word] == 'e' && b[word + 1] == 'c' && b[word + 2] == 'h' && b[word + 3] == 'o'
                        && b[word + 4] == ':') {
                    return OURS; // echo: a script's output; the grammar sorts it out
                }
                word = wordEnd;
            }
            return OURS;
        }

        private static boolean isCsvBreak(byte[] b, int k, int end) {
            byte c = b[k];
            return c == '"' || c == ',' && (b[k - 1] == '"' || k + 1 < end && b[k + 1] == '"');
        }

        private static boolean isOurTopic(byte[] b, int from, int to) {
            return switch (to - from) {
                case 5 -> b[from] == 'i' && b[from + 1] == 'p' && b[from + 2] == 's' && b[from + 3] == 'e' && b[from + 4] == 'c';
                case 4 -> b[from] == 'l' && b[from + 1] == '2' && b[from + 2] == 't' && b[from + 3] == 'p';
                case 3 -> b[from] == 'p' && b[from + 1] == 'p' && b[from + 2] == 'p';
                default -> false;
            };
        }

        private static final boolean[] TOPIC_CHAR = new boolean[128];

        static {
            for (char c = 'a'; c <= 'z'; c++) {
                TOPIC_CHAR[c] = true;
            }
            for (char c = '0'; c <= '9'; c++) {
                TOPIC_CHAR[c] = true;
            }
            TOPIC_CHAR['-'] = true;
        }
    }
}
