package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.SharedFiles;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Snapshot;

/**
 * Every form a RouterOS log reaches a user in is read, with its topics and message, on real
 * samples: the memory log in each stamp style, print detail, Winbox/WebFig log-window copies,
 * debug logs, and the envelopes remote-syslog receivers and collectors put around each record.
 */
class LogFormsTest {
    /** A real successful L2TP/IPsec login (corpus), nine records of the memory log. */
    private static List<String> realLogin() throws IOException {
        return Files.readAllLines(SharedFiles.corpus().resolve("v7-log-l2tp-ipsec-02.txt")).stream()
                .map(String::strip).filter(l -> l.contains("ipsec,") || l.contains("l2tp,")).toList();
    }

    private static Snapshot sample(String name) {
        return TestParsing.file(Path.of("src/test/resources/logs", name));
    }

    /** Each record of the real login, written the way one receiver writes it, is read back the same. */
    private static void assertSameEvents(UnaryOperator<String> envelope) throws IOException {
        List<String> records = realLogin();
        Snapshot original = TestParsing.text(String.join("\n", records));
        Snapshot wrapped = TestParsing.text(records.stream().map(envelope).collect(Collectors.joining("\n")));
        assertThat(wrapped.warnings()).isEmpty();
        assertThat(wrapped.events()).hasSize(original.events().size());
        for (int i = 0; i < original.events().size(); i++) {
            assertThat(wrapped.events().get(i).topics()).as(records.get(i)).isEqualTo(original.events().get(i).topics());
            assertThat(wrapped.events().get(i).message()).isEqualTo(original.events().get(i).message());
        }
    }

    private static String rest(String record) {
        return record.substring("2026-09-18 15:29:12 ".length());
    }

    private static String clock(String record) {
        return record.substring(11, 19);
    }

    @Test
    void memoryLogInEveryStampStyle() throws IOException {
        assertSameEvents(r -> r); // 7.10+: 2026-09-18 15:29:12
        assertSameEvents(r -> clock(r) + " " + rest(r)); // today's records
        assertSameEvents(r -> "sep/18 " + clock(r) + " " + rest(r)); // v6 and early v7
        assertSameEvents(r -> "sep/18/2026 " + clock(r) + " " + rest(r)); // disk log files (log.0.txt), v6
        assertSameEvents(r -> " " + r); // /log print follow, copied from a terminal with its leading space
    }

    @Test
    void winboxLogWindowCopies() throws IOException {
        // Winbox: tab-separated columns, topics written with ", ", dates as Sep/18/2026
        assertSameEvents(r -> "Sep/18/2026 " + clock(r) + "\t" + rest(r).replaceFirst(" ", "\t").replaceFirst(",", ", "));
        // WebFig / Winbox 4: a row number and the buffer column
        assertSameEvents(r -> "# 12  " + r.substring(0, 19) + " memory  " + rest(r).replaceFirst(",", ", "));
    }

    @Test
    void remoteSyslogAsReceiversStoreIt() throws IOException {
        assertSameEvents(r -> "Sep 18 " + clock(r) + " 192.0.2.1 " + rest(r)); // rsyslog/syslog-ng traditional
        assertSameEvents(r -> "Sep 18 " + clock(r) + " MikroTik " + rest(r)); // host name from the router's identity
        assertSameEvents(r -> "2026-09-18T" + clock(r) + ".734011+01:00 192.0.2.1 " + rest(r)); // rsyslog RFC 3339
        assertSameEvents(r -> "<30>Sep 18 " + clock(r) + " 192.0.2.1 " + rest(r)); // raw, with the priority
        assertSameEvents(r -> r.substring(0, 19) + "\tLocal7.Info\t192.0.2.1\t" + rest(r)); // Kiwi, tab-separated
        assertSameEvents(r -> r.substring(0, 10) + "\t" + clock(r) + "\tDaemon.Info\t192.0.2.1\t" + rest(r)); // Kiwi, date and time apart
        assertSameEvents(r -> "\"2026-09-18T" + clock(r) + ".000Z\",\"192.0.2.1\",\"" + rest(r).replace("\"", "\"\"") + "\""); // Graylog CSV
    }

    @Test
    void aCollectorsCsvHeaderIsNotAWarning() throws IOException {
        String csv = "\"timestamp\",\"source\",\"message\"\n" + realLogin().stream()
                .map(r -> "\"2026-09-18T" + clock(r) + ".000Z\",\"192.0.2.1\",\"" + rest(r) + "\"")
                .collect(Collectors.joining("\n"));
        Snapshot s = TestParsing.text("\"2026-09-18T15:29:11.000Z\",\"192.0.2.1\",\"system,info router up\"\n" + csv);
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void webfigLogWindowWithRowNumbersBufferColumnAndSpacedTopics() {
        Snapshot s = sample("forum-1119473-webfig-log-window.txt");
        assertThat(s.warnings()).isEmpty();
        assertThat(s.events()).hasSize(6);
        LogEvent first = s.events().get(0);
        assertThat(first.time().text()).isEqualTo("2025-01-16 00:54:14");
        assertThat(first.topics()).containsExactly("system", "error", "critical");
        assertThat(first.message()).isEqualTo("router was rebooted without proper shutdown, probably kernel failure");
        assertThat(s.events().get(5).topics()).containsExactly("interface", "info");
        assertThat(s.events().get(5).message()).isEqualTo("lo link up");
    }

    @Test
    void debugHexDumpLinesWithoutAStampContinueTheirRecord() {
        Snapshot s = TestParsing.text("""
                21:45:58 ipsec,debug,packet => shared secret (size 0x100)
                288bfaa9 097641bc 8717d33c 153a2907 b7b17698 848352c7 23b1b336 c004e3c0
                21:45:58 ipsec,info ISAKMP-SA established 192.168.1.2[4500]-22.22.22.22[4500] spi:beacc1c439e4b8bc:1586750070ab08b6
                """);
        assertThat(s.warnings()).isEmpty();
        assertThat(s.events()).hasSize(2);
        assertThat(s.events().get(0).message()).endsWith("(size 0x100) 288bfaa9 097641bc 8717d33c 153a2907 b7b17698 848352c7 23b1b336 c004e3c0");
    }
}
