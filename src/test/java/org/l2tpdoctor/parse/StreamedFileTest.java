package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.model.Snapshot;

/**
 * A streamed file gives the same snapshot as the same text read whole, keeps only the most recent
 * events when told to, and still finds prompts and prints between the log lines.
 */
class StreamedFileTest {
    @TempDir
    Path tmp;

    private static final String MIXED = """
            2026-09-18 09:51:56 dhcp,info server1 deassigned 192.168.201.55 for 6A:D6:E8:04:16:92 Redmi-12
            2026-09-18 09:53:32 ipsec,info respond new phase 1 (Identity Protection): 89.109.14.221[500]<=>205.210.31.162[54178]
            [admin@R1] > /ip ipsec identity print detail
            Flags: D - dynamic; X - disabled
             0    peer=l2tp-in-server auth-method=pre-shared-key generate-policy=no
            2026-09-18 09:54:32 ipsec,error phase1 negotiation failed due to time up 89.109.14.221[500]<=>205.210.31.162[54178] f:0
            garbage that is no RouterOS output
            2026-09-18 09:55:00 l2tp,info first L2TP UDP packet received from 66.132.195.91 port 58369
            """;

    @Test
    void streamingGivesTheSameSnapshotAsReadingWhole() throws IOException {
        Path file = tmp.resolve("mixed.log");
        Files.writeString(file, MIXED.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        Snapshot whole = new SnapshotParser().parse(List.of(new Capture("mixed.log", null, MIXED)));
        Snapshot streamed = new SnapshotParser().parse(List.of(Capture.ofFile("mixed.log", file)));
        // streaming keeps only the events of the topics the diagnosis reads
        assertThat(streamed.events()).isEqualTo(whole.events().stream()
                .filter(e -> e.hasTopic("ipsec") || e.hasTopic("l2tp") || e.hasTopic("ppp")).toList());
        assertThat(streamed.tables()).isEqualTo(whole.tables());
        assertThat(streamed.linesRead()).isEqualTo(whole.linesRead()).isEqualTo(7); // the prompt line belongs to no section
        assertThat(streamed.linesUnderstood()).isEqualTo(whole.linesUnderstood()).isEqualTo(6);
        assertThat(streamed.warnings()).extracting(w -> w.origin().line()).containsExactly(7);
    }

    @Test
    void onlyTheMostRecentEventsAreKeptButAllAreCounted() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            log.append(String.format("2026-09-18 10:%02d:%02d ipsec,info respond new phase 1 (Identity Protection): "
                    + "1.2.3.4[500]<=>198.18.0.%d[500]%n", i / 60 % 60, i % 60, i % 250));
            log.append("2026-09-18 10:00:00 dhcp,info server1 assigned 192.168.1.1 for AA:BB:CC:DD:EE:FF\n");
        }
        Path file = tmp.resolve("big.log");
        Files.writeString(file, log);
        Snapshot s = new SnapshotParser(100).parse(List.of(Capture.ofFile("big.log", file)));
        assertThat(s.eventsSeen()).isEqualTo(1000);
        assertThat(s.events()).hasSize(100);
        assertThat(s.events().get(99).origin().line()).isEqualTo(1999);
        assertThat(s.linesUnderstood()).isEqualTo(2000);
    }
}
