package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A line answered from the memo of line heads read before is sorted as reading it afresh sorts
 * it: log lines of every form, one memo through all of them as in a scan, random bytes changed to
 * those that matter (blanks, commas, "!", quotes, letters of our topics, digits, a byte above
 * 127), mostly after the topic words (where lines share a head and differ), lines cut short, at
 * any place of a buffer whose bytes around the line are noise.
 */
class TopicMemoTest {
    private static final String[] LINES = {
        "Jan  1 02:27:48 10.120.127.1 dhcp,info server1 deassigned 192.168.201.120",
        "Jan  1 02:27:48 10.120.127.1 ipsec,debug,packet 2c4780aa 77a6fcb0",
        "Dec  6 09:32:30 router1 l2tp,info first L2TP UDP packet received",
        "Dec  6 09:32:30 10.0.0.1 1,ipsec,2 x",
        "Dec  6 09:32:30 10.0.0.1 X,!ipsec,debug tag",
        "<30>Dec  6 09:32:30 10.0.0.1 firewall,info drop",
        "2026-09-18 02:41:26 system,info,account user admin logged in",
        "2026-09-18 02:41:26 firewall,info drop-in input: in:ether1-WAN out:(unknown 0)",
        "2026-09-18 02:41:26 ppp,info,!debug <l2tp-bob>: connected",
        "2026-09-18 02:41:26 echo: hello",
        "2026-09-18 02:41:26 MikroTik: 10.1.1.1 ipsec, info phase1",
        " 2026-09-18 02:41:26 dhcp,info server1 assigned 192.168.201.7",
        "jul/19 14:27:01 l2tp,ppp,info,account user2612 logged in",
        "\"2026-12-01T02:10:40.000Z\",\"10.120.127.1\",\"ipsec,info purging ISAKMP-SA\"",
        "\"2026-12-01T02:10:41.000Z\",\"10.120.127.1\",\"dhcp,info server1 deassigned\"",
        "\"2026-12-01T02:10:41.000Z\",\"10.120.127.1\",\"dhcp,info,\"\"x\"",
        "\"2026-12-01T02:10:41.000Z\",\"a,ppp\",\"x\"",
    };
    private static final byte[] CHANGES = " \t,,!\"\"ipsecl2t1.:-Z#".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void aCsvReadingThatLookedBeforeItsFirstByteIsNotRemembered() {
        // at a comma a CSV reading looks at the byte before: after a quote the comma ends a field
        byte[] quoted = "x\",dhcp,info server1 assigned".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bare = "xx,dhcp,info server1 assigned".getBytes(StandardCharsets.ISO_8859_1);
        TopicMemo memo = new TopicMemo();
        assertThat(LogRecordHead.topics(quoted, 2, quoted.length, true, memo)).isEqualTo(LogRecordHead.OTHER);
        assertThat(LogRecordHead.topics(bare, 2, bare.length, true, memo)).isEqualTo(LogRecordHead.OURS)
                .isEqualTo(LogRecordHead.topics(bare, 2, bare.length, true));
    }

    @Test
    void aLineAnsweredFromTheMemoIsSortedAsReadingItAfresh() {
        Random random = new Random(18);
        TopicMemo memo = new TopicMemo();
        TopicMemo wordsMemo = new TopicMemo();
        int[] sorts = new int[3];
        int checked = 0;
        for (int round = 0; round < 60_000; round++) {
            byte[] line = LINES[random.nextInt(LINES.length)].getBytes(StandardCharsets.ISO_8859_1);
            int changes = random.nextInt(4);
            for (int k = 0; k < changes; k++) {
                int at = random.nextInt(3) == 0 ? random.nextInt(line.length) : Math.min(line.length - 1, 20 + random.nextInt(line.length));
                line[at] = random.nextInt(20) == 0 ? (byte) 0xE9 : CHANGES[random.nextInt(CHANGES.length)];
            }
            int length = random.nextInt(4) == 0 ? random.nextInt(line.length + 1) : line.length;
            int start = random.nextInt(9);
            byte[] b = new byte[start + length + random.nextInt(12)];
            for (int k = 0; k < b.length; k++) {
                b[k] = CHANGES[random.nextInt(CHANGES.length)];
            }
            System.arraycopy(line, 0, b, start, length);
            int end = start + length;
            String text = new String(b, start, length, StandardCharsets.ISO_8859_1);

            int afresh = LogRecordHead.classify(b, start, end);
            assertThat(LogRecordHead.classify(b, start, end, memo)).as(text).isEqualTo(afresh);
            sorts[afresh + 1]++;
            for (int from = start + 1; from < end; from += b[from] == ',' ? 1 + random.nextInt(12) : 1) {
                if (b[from] != ',' && random.nextInt(10) > 0) {
                    continue; // every comma (a CSV reading looks before it), and some other places
                }
                for (boolean csv : new boolean[] {false, true}) {
                    assertThat(LogRecordHead.topics(b, from, end, csv, wordsMemo))
                            .as("%s from %d csv %s", text, from - start, csv)
                            .isEqualTo(LogRecordHead.topics(b, from, end, csv));
                    checked++;
                }
            }
        }
        assertThat(java.util.Arrays.stream(sorts).min().getAsInt()).as("not records, others, ours").isGreaterThan(1_000);
        assertThat(checked).isGreaterThan(100_000);
    }
}
