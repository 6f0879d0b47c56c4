package org.l2tpdoctor.model;

/**
 * A log record's time, read once by the parser from the stamp the log printed. RouterOS prints
 * each record's time in the shortest form that tells it: a full date (7.10 and later, disk logs,
 * syslog receivers), month and day without a year (older records of this year), the clock alone
 * (today's records), or a date in 1970 when the clock had not been set since boot, which counts
 * the time since boot. What a stamp tells and what it leaves open are kept apart: a year-less
 * stamp has no year, a clock alone has no day; ordering them across a log is the timeline's work.
 *
 * <p>{@code seconds} by kind: {@link Kind#DATE_TIME} seconds since 1970-01-01 00:00 UTC (a stamp
 * that gives its UTC offset is moved to UTC; one that does not is the router's local time read
 * as UTC); {@link Kind#MONTH_DAY} seconds since 1 January 00:00 counted in a leap year (so
 * {@code feb/29} has a place); {@link Kind#CLOCK} seconds since midnight; {@link Kind#UPTIME}
 * seconds since boot (since the 1970-01-01 00:00 the router's clock starts from); {@link Kind#NONE}
 * 0 (no stamp, or one no clock shows, such as month 13).
 *
 * @param kind    what the stamp tells
 * @param seconds the instant or offset, by kind
 * @param text    the stamp as printed (blanks between its parts made single spaces)
 */
public record LogTime(Kind kind, long seconds, String text) {
    /** What a stamp tells. */
    public enum Kind {
        /** Date with its year and clock: {@code 2026-09-18 09:51:56}, {@code sep/18/2026 09:51:56}. */
        DATE_TIME,
        /** Month, day and clock, no year: {@code sep/18 09:51:56}, syslog's {@code Sep 18 09:51:56}. */
        MONTH_DAY,
        /** The clock alone, a record of the day the log was printed: {@code 09:51:56}. */
        CLOCK,
        /** A 1970 date: the router's clock was not set, so it counts from boot. */
        UPTIME,
        /** No stamp, or one no clock shows. */
        NONE
    }

    public static final LogTime NONE = new LogTime(Kind.NONE, 0, "");
    private static final int DAY = 86_400;
    /** Days before each month in a leap year. */
    private static final int[] DAYS_BEFORE = {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366};

    public LogTime {
        text = text == null ? "" : text;
    }

    /** An unreadable stamp keeps its text, for the report, and tells no time. */
    public static LogTime none(String text) {
        return new LogTime(Kind.NONE, 0, text);
    }

    /** The place of month {@code month} (1-12), day {@code day} and a clock in a leap year, in seconds. */
    public static long inYear(int month, int day, int secondOfDay) {
        return (DAYS_BEFORE[month - 1] + day - 1L) * DAY + secondOfDay;
    }

    /** Whether the stamp told a time at all. */
    public boolean known() {
        return kind != Kind.NONE;
    }

    /** Seconds since midnight of the record's day (of boot's day count for uptime), or -1 with no stamp. */
    public int secondOfDay() {
        return known() ? (int) Math.floorMod(seconds, DAY) : -1;
    }

    /** Month (1-12) of a year-less stamp; 0 for other kinds. */
    public int month() {
        if (kind != Kind.MONTH_DAY) {
            return 0;
        }
        int day = (int) (seconds / DAY);
        int m = 1;
        while (DAYS_BEFORE[m] <= day) {
            m++;
        }
        return m;
    }

    /** Day of month of a year-less stamp; 0 for other kinds. */
    public int dayOfMonth() {
        return kind == Kind.MONTH_DAY ? (int) (seconds / DAY) - DAYS_BEFORE[month() - 1] + 1 : 0;
    }

    /** The clock as printed: "2026-09-18 09:12:01" and "oct/16 14:56:32" give "09:12:01" and "14:56:32". */
    public String clock() {
        int space = text.lastIndexOf(' ');
        return space >= 0 ? text.substring(space + 1) : text;
    }

    @Override
    public String toString() {
        return text;
    }
}
