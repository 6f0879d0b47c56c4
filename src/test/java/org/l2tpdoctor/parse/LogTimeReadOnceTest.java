package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.LogTime;
import org.l2tpdoctor.model.LogTime.Kind;

/**
 * The parser reads a record's time once, into a typed value: what kind of stamp it was, the
 * instant or offset it tells, and the text as printed. Every stamp style RouterOS and the
 * receivers print, on the stamps of real samples (corpus, MikroTik's log manual, forum copies).
 */
class LogTimeReadOnceTest {
    private static long epoch(String iso) {
        return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
    }

    /** The time the whole parser gives a record with this stamp. */
    private static LogTime parsed(String line) {
        return TestParsing.text(line).events().get(0).time();
    }

    @Test
    void everyStampStyleHasItsKind() {
        assertThat(LogStamps.time("2026-09-18 09:51:56")).isEqualTo(new LogTime(Kind.DATE_TIME, epoch("2026-09-18T09:51:56"), "2026-09-18 09:51:56"));
        assertThat(LogStamps.time("sep/18/2026 09:51:56").seconds()).isEqualTo(epoch("2026-09-18T09:51:56"));
        assertThat(LogStamps.time("Dec/06/2026 21:45:57").kind()).isEqualTo(Kind.DATE_TIME); // Winbox
        assertThat(LogStamps.time("2026-12-06\t21:45:57")).isEqualTo(new LogTime(Kind.DATE_TIME, epoch("2026-12-06T21:45:57"), "2026-12-06 21:45:57"));
        // rsyslog RFC 3339 (corpus unk-syslog-mikrotik-01): the offset is taken off, so UTC
        LogTime syslog = LogStamps.time("2023-03-18T20:35:05.734011+01:00");
        assertThat(syslog.kind()).isEqualTo(Kind.DATE_TIME);
        assertThat(syslog.seconds()).isEqualTo(epoch("2023-03-18T19:35:05"));
        assertThat(LogStamps.time("2026-09-18T15:29:12.000Z").seconds()).isEqualTo(epoch("2026-09-18T15:29:12"));

        LogTime jul19 = LogStamps.time("jul/19 14:27:01");
        assertThat(jul19.kind()).isEqualTo(Kind.MONTH_DAY);
        assertThat(jul19.month()).isEqualTo(7);
        assertThat(jul19.dayOfMonth()).isEqualTo(19);
        assertThat(jul19.secondOfDay()).isEqualTo(14 * 3600 + 27 * 60 + 1);
        assertThat(LogStamps.time("Nov  8 17:06:34")).isEqualTo(new LogTime(Kind.MONTH_DAY, LogTime.inYear(11, 8, 61594), "Nov 8 17:06:34"));
        assertThat(LogStamps.time("feb/29 10:00:00").kind()).isEqualTo(Kind.MONTH_DAY); // some year was a leap year

        assertThat(LogStamps.time("17:12:32")).isEqualTo(new LogTime(Kind.CLOCK, 17 * 3600 + 12 * 60 + 32, "17:12:32"));
        assertThat(LogStamps.time("7:05:00").seconds()).isEqualTo(7 * 3600 + 5 * 60);

        // MikroTik's log manual: "jan/02/1970 02:00:09 system,info router rebooted", a clock not yet set
        assertThat(LogStamps.time("jan/02/1970 02:00:09")).isEqualTo(new LogTime(Kind.UPTIME, 86400 + 7209, "jan/02/1970 02:00:09"));
        assertThat(LogStamps.time("1970-01-02 02:00:09").kind()).isEqualTo(Kind.UPTIME);
    }

    @Test
    void aStampNoClockShowsKeepsItsTextAndTellsNoTime() {
        for (String stamp : new String[] {"2026-13-18 13:41:02", "2026-13-40 25:61:61", "feb/31 24:00:00", "foo/12 09:00:00",
            "2026-02-29 10:00:00", "25:00:00", "sep/31 10:00:00"}) {
            LogTime t = LogStamps.time(stamp);
            assertThat(t.kind()).as(stamp).isEqualTo(Kind.NONE);
            assertThat(t.text()).isEqualTo(stamp);
            assertThat(t.known()).isFalse();
        }
    }

    @Test
    void theParserHandsTheTypedTimeOnWhateverPathReadsTheRecord() {
        // the fast path
        assertThat(parsed("2026-09-18 15:29:12 ipsec,info respond new phase 1").kind()).isEqualTo(Kind.DATE_TIME);
        assertThat(parsed("oct/16 14:56:32 ipsec,info respond new phase 1").kind()).isEqualTo(Kind.MONTH_DAY);
        // the grammar: print detail, syslog with a host, WebFig's row number and buffer column, a Kiwi file
        assertThat(parsed(" time=jul/19 14:27:01 topics=script,info message=\"x\"").kind()).isEqualTo(Kind.MONTH_DAY);
        assertThat(parsed("2023-03-18T20:35:05.734011+01:00 10.120.127.1 firewall,info drop").seconds())
                .isEqualTo(epoch("2023-03-18T19:35:05"));
        assertThat(parsed("# 12  2025-01-16 00:54:14 memory  system, info lo link up").text()).isEqualTo("2025-01-16 00:54:14");
        assertThat(parsed("2026-09-18\t15:29:12\tLocal7.Info\t192.0.2.1\tipsec,info x").seconds()).isEqualTo(epoch("2026-09-18T15:29:12"));
        assertThat(parsed("<30>Sep 18 15:29:12 192.0.2.1 ipsec,info x").kind()).isEqualTo(Kind.MONTH_DAY);
        // issue 17: month 13 is read as a record without a time, and the diagnosis goes on
        assertThat(parsed("2026-13-18 13:41:02 ipsec,error 203.0.113.7 phase1 negotiation failed due to time up").kind())
                .isEqualTo(Kind.NONE);
    }

    @Test
    void aReceiversHostIsKeptWithTheRecord() {
        assertThat(TestParsing.text("2023-03-18T20:35:05.734011+01:00 10.120.127.1 firewall,info drop").events().get(0).host())
                .isEqualTo("10.120.127.1");
        assertThat(TestParsing.text("Sep 18 15:29:12 MikroTik ipsec,info x").events().get(0).host()).isEqualTo("MikroTik");
        assertThat(TestParsing.text("2026-09-18\t15:29:12\tLocal7.Info\t192.0.2.1\tipsec,info x").events().get(0).host())
                .isEqualTo("192.0.2.1");
        assertThat(TestParsing.text("# 12  2025-01-16 00:54:14 memory  system, info lo link up").events().get(0).host()).isEmpty();
        assertThat(TestParsing.text("2026-09-18 15:29:12 ipsec,info x").events().get(0).host()).isEmpty();
    }
}
