package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.l2tpdoctor.SharedFiles;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Snapshot;

/**
 * A big log is sorted by its first bytes ({@link LogRecordHead}) and only its ipsec/l2tp/ppp
 * records are parsed; in every form a log reaches a user in, that gives the events and the line
 * counts that reading the same text whole gives. Real records of the memory log (corpus: a login,
 * DHCP, a scanner's failed phase 1), in each envelope of {@code LogFormsTest}.
 */
class EveryLogFormStreamsAsItReadsTest {
    @TempDir
    Path tmp;

    private static List<String> realRecords() throws IOException {
        List<String> records = new ArrayList<>();
        for (String name : List.of("v7-log-ipsec-01.txt", "v7-log-l2tp-ipsec-02.txt")) {
            Files.readAllLines(SharedFiles.corpus().resolve(name)).stream().map(String::strip)
                    .filter(l -> l.startsWith("2026-")).forEach(records::add);
        }
        return records;
    }

    private static String rest(String record) {
        return record.substring("2026-09-18 15:29:12 ".length());
    }

    private static String clock(String record) {
        return record.substring(11, 19);
    }

    private static UnaryOperator<String> envelope(String form) {
        return switch (form) {
            case "memory" -> r -> r;
            case "clock" -> r -> clock(r) + " " + rest(r);
            case "month" -> r -> "sep/18 " + clock(r) + " " + rest(r);
            case "month-year" -> r -> "sep/18/2026 " + clock(r) + " " + rest(r);
            case "terminal" -> r -> " " + r;
            case "winbox" -> r -> "Sep/18/2026 " + clock(r) + "\t" + rest(r).replaceFirst(" ", "\t").replaceFirst(",", ", ");
            case "webfig" -> r -> "# 12  " + r.substring(0, 19) + " memory  " + rest(r).replaceFirst(",", ", ");
            case "rsyslog" -> r -> "Sep 18 " + clock(r) + " 192.0.2.1 " + rest(r);
            case "rsyslog-day" -> r -> "Sep  8 " + clock(r) + " MikroTik " + rest(r);
            case "rfc3339" -> r -> "2026-09-18T" + clock(r) + ".734011+01:00 192.0.2.1 " + rest(r);
            case "priority" -> r -> "<30>Sep 18 " + clock(r) + " 192.0.2.1 " + rest(r);
            case "kiwi" -> r -> r.substring(0, 19) + "\tLocal7.Info\t192.0.2.1\t" + rest(r);
            case "kiwi-apart" -> r -> r.substring(0, 10) + "\t" + clock(r) + "\tDaemon.Info\t192.0.2.1\t" + rest(r);
            case "csv" -> r -> "\"2026-09-18T" + clock(r) + ".000Z\",\"192.0.2.1\",\"" + rest(r).replace("\"", "\"\"") + "\"";
            default -> throw new IllegalArgumentException(form);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "clock", "month", "month-year", "terminal", "winbox", "webfig", "rsyslog",
        "rsyslog-day", "rfc3339", "priority", "kiwi", "kiwi-apart", "csv"})
    void streamingReadsTheSameEventsAndCountsAsReadingWhole(String form) throws IOException {
        String text = realRecords().stream().map(envelope(form)).collect(Collectors.joining("\n", "", "\n"));
        Path file = tmp.resolve("log.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Snapshot whole = new SnapshotParser().parse(List.of(new Capture("log.txt", null, text)));
        Snapshot streamed = new SnapshotParser().parse(List.of(Capture.ofFile("log.txt", file)));
        List<LogEvent> ours = ours(whole);
        assertThat(ours).hasSizeGreaterThan(10);
        // the forms it cannot tell by position (a row number first, date and time apart) go through
        // the section splitter, which keeps the events of every topic
        assertThat(ours(streamed)).isEqualTo(ours);
        assertThat(streamed.linesRead()).isEqualTo(whole.linesRead());
        assertThat(streamed.linesUnderstood()).isEqualTo(whole.linesUnderstood()).isEqualTo(whole.linesRead());
        assertThat(streamed.warnings()).isEqualTo(whole.warnings()).isEmpty();
    }

    private static List<LogEvent> ours(Snapshot s) {
        return s.events().stream().filter(e -> e.hasTopic("ipsec") || e.hasTopic("l2tp") || e.hasTopic("ppp")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "terminal", "rsyslog", "priority", "rfc3339", "kiwi", "csv"})
    void recordsOfOtherTopicsAreToldApartByTheirFirstBytes(String form) throws IOException {
        for (String record : realRecords()) {
            byte[] line = envelope(form).apply(record).getBytes(StandardCharsets.UTF_8);
            boolean vpn = rest(record).startsWith("ipsec,") || rest(record).startsWith("l2tp,");
            assertThat(LogRecordHead.classify(line, 0, line.length)).as(new String(line, StandardCharsets.UTF_8))
                    .isEqualTo(vpn ? LogRecordHead.OURS : LogRecordHead.OTHER);
        }
    }
}
