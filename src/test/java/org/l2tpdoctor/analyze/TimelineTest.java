package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.SharedFiles;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * Time across a log, on real samples: every stamp style in order, a year-less log across a new
 * year, a clock-only log across midnight, a clock set back, two pastes one after the other, and
 * one syslog file of two routers. The corpus login (v7-log-l2tp-ipsec-02: a client's IKE, L2TP
 * and PPP in four seconds) is moved in time and printed in each style; the rest is as published.
 */
class TimelineTest {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The corpus file's records: its ISO stamp (at 1..20) and the rest of the line. */
    private static List<String> corpus(String name) throws IOException {
        return Files.readAllLines(SharedFiles.corpus().resolve(name)).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    /** The records, moved so the first VPN record is at {@code start}, each stamp printed by {@code style}. */
    private static List<String> moved(List<String> records, LocalDateTime start, Function<LocalDateTime, String> style) {
        LocalDateTime first = LocalDateTime.parse(records.stream().filter(r -> r.contains("ipsec,")).findFirst()
                .orElseThrow().substring(0, 19), ISO);
        List<String> out = new ArrayList<>();
        for (String r : records) {
            LocalDateTime at = LocalDateTime.parse(r.substring(0, 19), ISO);
            out.add(style.apply(start.plusSeconds(java.time.Duration.between(first, at).toSeconds())) + r.substring(19));
        }
        return out;
    }

    private static String monthDay(LocalDateTime t) {
        return t.format(DateTimeFormatter.ofPattern("MMM/dd HH:mm:ss", Locale.ROOT)).toLowerCase(Locale.ROOT);
    }

    private static String clock(LocalDateTime t) {
        return t.format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    /** The VPN records of the corpus login: phase 1 to PPP connected, 15:29:12 to 15:29:15. */
    private static List<String> login() throws IOException {
        return corpus("v7-log-l2tp-ipsec-02.txt").stream().filter(r -> r.contains("ipsec,") || r.contains("l2tp,")).toList();
    }

    private static List<Row> attempts(String log) {
        return Analyze.run(TestParsing.text(log)).snapshot().rows(Attempts.MENU);
    }

    @Test
    void theManualsLogPrintsEveryStyleInOrderAndMeasuresOnlyWhatItTells() {
        // MikroTik's Log manual: a 1970 date (clock not set after boot), sep/15 (this year), 01:01:58 (today)
        Snapshot s = TestParsing.file(Path.of("src/test/resources/logs/mikrotik-manual-log-print.txt"));
        List<LogEvent> e = s.events();
        assertThat(e).hasSize(9);
        Timeline t = Timeline.of(e);
        assertThat(t.breaks()).isEmpty(); // one print, oldest first: not a second paste
        assertThat(t.gap(e.get(6), e.get(7))).contains("41s"); // sep/15 12:42:14 -> 12:42:55
        assertThat(t.gap(e.get(1), e.get(7))).contains("2h48m22s");
        assertThat(t.gap(e.get(0), e.get(1))).isEmpty(); // from boot's count to a date: not told
        assertThat(t.gap(e.get(7), e.get(8))).isEmpty(); // today's date is not printed
    }

    @Test
    void aYearLessLogAcrossNewYearKeepsItsOrderAndGaps() throws IOException {
        List<String> log = new ArrayList<>(moved(login(), LocalDateTime.of(2026, 12, 31, 23, 59, 40), TimelineTest::monthDay));
        log.addAll(moved(login(), LocalDateTime.of(2027, 1, 1, 0, 0, 3), TimelineTest::monthDay));
        assertThat(log.get(0)).startsWith("dec/31 23:59:40 ipsec,info respond new phase 1");
        assertThat(log.get(log.size() - 1)).startsWith("jan/01 00:00:06 l2tp,ppp,info <l2tp-Gorelova>: connected");

        List<LogEvent> e = TestParsing.text(String.join("\n", log)).events();
        Timeline t = Timeline.of(e);
        assertThat(t.breaks()).isEmpty();
        assertThat(t.gap(e.get(0), e.get(e.size() - 1))).contains("26s");

        List<Row> attempts = attempts(String.join("\n", log));
        assertThat(attempts).hasSize(2).allMatch(a -> a.get("result").equals("connected"));
        assertThat(attempts.get(1).properties()).containsEntry("first", "jan/01 00:00:03")
                .containsEntry("previous-gap", "20s"); // 23:59:43 -> 00:00:03
    }

    @Test
    void oneLoginAcrossTheNewYear() throws IOException {
        List<String> log = moved(login(), LocalDateTime.of(2026, 12, 31, 23, 59, 58), TimelineTest::monthDay);
        List<LogEvent> e = TestParsing.text(String.join("\n", log)).events();
        assertThat(e.get(0).time().text()).isEqualTo("dec/31 23:59:58");
        assertThat(Timeline.of(e).gap(e.get(0), e.get(e.size() - 1))).contains("3s");
        assertThat(attempts(String.join("\n", log))).singleElement()
                .satisfies(a -> assertThat(a.properties()).containsEntry("result", "connected").containsEntry("user", "Gorelova"));
    }

    @Test
    void aClockOnlyLogAcrossMidnight() throws IOException {
        // /log print follow left running over midnight prints the clock alone
        List<String> log = new ArrayList<>(moved(login(), LocalDateTime.of(2026, 12, 5, 23, 59, 40), TimelineTest::clock));
        log.addAll(moved(login(), LocalDateTime.of(2026, 12, 6, 0, 0, 3), TimelineTest::clock));
        List<LogEvent> e = TestParsing.text(String.join("\n", log)).events();
        Timeline t = Timeline.of(e);
        assertThat(t.breaks()).isEmpty();
        assertThat(t.gap(e.get(0), e.get(e.size() - 1))).contains("26s");
        assertThat(attempts(String.join("\n", log)).get(1).get("previous-gap")).isEqualTo("20s");
    }

    @Test
    void aClockSetBackIsANewTimelineNotANewYear() {
        // forum thread 1114197: the CRS312 logged dec/28 02:56 at boot, then NTP set its clock to dec/27 20:10
        Snapshot s = TestParsing.file(Path.of("src/test/resources/logs/forum-1114197-clock-set-back.txt"));
        List<LogEvent> e = s.events();
        Timeline t = Timeline.of(e);
        assertThat(t.breaks()).singleElement().satisfies(b -> assertThat(b.time().text()).isEqualTo("dec/27 20:10:42"));
        LogEvent boot = e.get(0);
        LogEvent setBack = t.breaks().get(0);
        LogEvent last = e.get(e.size() - 1);
        assertThat(t.gap(boot, setBack)).isEmpty();
        assertThat(t.gap(boot, last)).isEmpty();
        assertThat(t.gap(setBack, last)).contains("1d20h53m43s"); // dec/27 20:10:42 -> dec/29 17:04:25
    }

    @Test
    void aRecordOutOfTimeOrderInPrintDetailStartsATimeline() {
        // corpus unk-log-print-detail-01 (ntc-templates): "jul/19 03:05:02" follows "jul/19 19:17:01"
        Snapshot s = TestParsing.file(SharedFiles.corpus().resolve("unk-log-print-detail-01.txt"));
        List<LogEvent> e = s.events();
        Timeline t = Timeline.of(e);
        assertThat(t.breaks()).singleElement().satisfies(b -> assertThat(b.time().text()).isEqualTo("jul/19 03:05:02"));
        assertThat(t.gap(e.get(0), e.get(3))).contains("4h50m"); // 14:27:01 -> 19:17:01
        assertThat(t.gap(e.get(3), e.get(4))).isEmpty();
        assertThat(t.gap(e.get(4), e.get(5))).contains("1d2m38s"); // jul/19 03:05:02 -> jul/20 03:07:40, not a year
    }

    @Test
    void twoPastesOneAfterTheOtherAreStated() throws IOException {
        // two real memory logs of the same day, the afternoon's pasted above the morning's
        List<String> afternoon = corpus("v7-log-l2tp-ipsec-02.txt");
        List<String> morning = corpus("v7-log-ipsec-01.txt");
        List<String> both = new ArrayList<>(afternoon);
        both.addAll(morning);
        Analysis a = AnalyzerTestSupport.text(String.join("\n", both));
        List<LogEvent> e = a.snapshot().events();
        Timeline t = Timeline.of(e);
        assertThat(t.breaks()).singleElement().satisfies(b -> assertThat(b.origin().line()).isEqualTo(afternoon.size() + 1));
        assertThat(t.gap(e.get(0), e.get(e.size() - 1))).isEmpty();
        Row coverage = AnalyzerTestSupport.only(a, LogCoverage.MENU);
        assertThat(coverage.properties()).containsEntry("timelines", "2")
                .containsEntry("time-goes-back-at", String.valueOf(afternoon.size() + 1));
    }

    @Test
    void aSecondPasteDoesNotContinueTheFirstsStories() throws IOException {
        // the afternoon's login pasted first, the same client's morning login below it
        List<String> log = new ArrayList<>(moved(login(), LocalDateTime.of(2026, 9, 18, 15, 29, 12), r -> r.format(ISO)));
        log.addAll(moved(login(), LocalDateTime.of(2026, 9, 18, 9, 0, 0), r -> r.format(ISO)));
        List<Row> attempts = attempts(String.join("\n", log));
        assertThat(attempts).hasSize(2).allMatch(a -> a.get("result").equals("connected"));
        // the morning is not "after" the afternoon: no previous attempt, no gap
        assertThat(attempts.get(1).properties()).containsEntry("first", "2026-09-18 09:00:00")
                .doesNotContainKey("previous-result").doesNotContainKey("previous-gap");
    }

    @Test
    void oneSyslogFileOfTwoRoutersIsTwoStories() throws IOException {
        // a receiver's file: the same client logs in to two offices a second apart, the lines interleaved
        List<String> login = login();
        List<String> file = new ArrayList<>();
        for (int i = 0; i < login.size(); i++) {
            String at = login.get(i).substring(0, 10) + "T" + login.get(i).substring(11, 19);
            file.add(at + "+02:00 office-a " + login.get(i).substring(20));
            String later = LocalDateTime.parse(login.get(i).substring(0, 19), ISO).plusSeconds(1).format(ISO);
            file.add(later.replace(' ', 'T') + "+02:00 office-b " + login.get(i).substring(20));
        }
        Analysis a = AnalyzerTestSupport.text(String.join("\n", file));
        assertThat(Timeline.of(a.snapshot().events()).hosts()).containsExactly("office-a", "office-b");
        List<Row> attempts = AnalyzerTestSupport.rows(a, Attempts.MENU);
        assertThat(attempts).hasSize(2);
        assertThat(attempts).extracting(r -> r.get("router")).containsExactly("office-a", "office-b");
        assertThat(attempts).allSatisfy(r -> assertThat(r.properties()).containsEntry("result", "connected")
                .containsEntry("user", "Gorelova").doesNotContainKey("previous-result"));
        assertThat(AnalyzerTestSupport.only(a, LogCoverage.MENU).properties()).containsEntry("routers", "office-a,office-b");
    }
}
