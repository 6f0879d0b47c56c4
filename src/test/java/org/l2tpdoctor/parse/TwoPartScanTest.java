package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.text.Secrets;

/**
 * A big file scanned in two parts at once, each part reading back and parsing its own share of the
 * window, gives the snapshot that one scan of the whole file gives: the window split across the
 * parts or inside the last one, events moved to their lines in the whole file (one whose message
 * holds a mask too), one run of log lines through the cut still one section, and prints between
 * the log lines.
 */
class TwoPartScanTest {
    @TempDir
    Path tmp;

    @Test
    void twoPartsGiveTheSnapshotOfOneWhereverTheWindowLies() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            log.append(String.format("2026-09-18 10:%02d:%02d ipsec,info respond new phase 1 (Identity Protection): "
                    + "1.2.3.4[500]<=>198.18.0.%d[500]%n", i / 60 % 60, i % 60, i % 250));
            log.append("2026-09-18 10:00:00 dhcp,info server1 assigned 192.168.1.1 for AA:BB:CC:DD:EE:FF\n");
            if (i % 97 == 0) {
                log.append("2026-09-18 10:00:01 ppp,info,account user=bob password=\"hunter 2\" logged in, 10.0.0.").append(i % 250)
                        .append('\n');
                log.append("2026-09-18 10:00:02 ipsec,\n"); // an odd record: read back, an event without topics
            }
            if (i % 150 == 0) {
                log.append("[admin@R1] > /ip ipsec identity print detail\n");
                log.append("Flags: D - dynamic; X - disabled\n");
                log.append(" 0    peer=l2tp-in-server auth-method=pre-shared-key generate-policy=no\n");
            }
        }
        Path file = tmp.resolve("big.log");
        Files.writeString(file, log);
        for (int window : new int[] {5, 60, 150, 300, 1000}) {
            Snapshot one = new SnapshotParser(window, Long.MAX_VALUE, 1).parse(List.of(Capture.ofFile("big.log", file)));
            Snapshot two = new SnapshotParser(window, 0, 2).parse(List.of(Capture.ofFile("big.log", file)));
            assertThat(two).as("window %d", window).isEqualTo(one);
            assertThat(two.events()).hasSize(Math.min(window, 410));
        }
        Snapshot all = new SnapshotParser(1000, 0, 2).parse(List.of(Capture.ofFile("big.log", file)));
        assertThat(all.events()).anyMatch(e -> e.message().contains(Secrets.MASK) && e.origin().line() > 600);
        assertThat(all.tables()).isNotEmpty();
    }
}
