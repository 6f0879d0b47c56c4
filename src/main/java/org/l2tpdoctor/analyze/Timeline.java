package org.l2tpdoctor.analyze;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.LogTime;
import org.l2tpdoctor.model.LogTime.Kind;

/**
 * Time across a log: each record placed on its router's timeline, so gaps are measured right
 * whatever the stamp style. The parser read each stamp once ({@link LogTime}); what one stamp
 * leaves open, the records around it tell:
 * <ul>
 * <li>records of each host a syslog receiver named are a timeline of their own: two routers
 *     in one file are never one story ({@link #hosts()});</li>
 * <li>a year-less stamp that falls back by more than half a year is the next year
 *     ({@code dec/31 23:59:58} then {@code jan/01 00:00:03} is 5 s); a clock alone that falls
 *     back by more than twelve hours is the next day (a {@code follow} across midnight);</li>
 * <li>time that goes back otherwise, or a change of stamp family (full dates against year-less
 *     ones, or a dated record after today's clock-only ones), starts a new timeline: a second
 *     paste, a reboot, or a clock set back ({@link #breaks()}); no gap is measured across it;</li>
 * <li>a 1970 date (a clock not yet set since boot), a clock alone after dated records (today, a
 *     date the log does not tell) and a record without a readable stamp can be ordered by their
 *     place in the log, but no gap is measured from them to records of another kind.</li>
 * </ul>
 * Records are kept in the order the log printed them: RouterOS prints oldest first.
 */
final class Timeline {
    private static final long DAY = 86_400;
    /** Time may step back this far without a new timeline: a clock corrected, a receiver's jitter. */
    private static final long JITTER = 2;

    /** Where a record sits: its host, its timeline within that host, and its seconds on it. */
    private record Point(String host, int segment, long at) {
    }

    private final Map<LogEvent, Point> points;
    /** Each record's part of its host's log: how many times time went back before it (a second paste starts a part). */
    private final Map<LogEvent, Integer> parts = new IdentityHashMap<>();
    private final Map<String, Stream> streams = new LinkedHashMap<>();
    private final List<LogEvent> breaks = new ArrayList<>();

    private Timeline(int events) {
        points = new IdentityHashMap<>(events); // sized once: a big log's 20,000 records resized it ten times
    }

    /** The events of the last timeline made and that timeline: see {@link #of}. */
    private record Made(List<LogEvent> events, int size, Timeline timeline) {
    }

    private static volatile Made last;

    /**
     * The timeline of these events. Two analyzers ask for the same snapshot's ({@link LogCoverage},
     * {@link Attempts}): the second gets the timeline the first made, for the very same list (by
     * identity and size; a snapshot's events are an immutable list, so its timeline cannot change). One
     * timeline is kept, the last one made, so memory holds at most one log's more.
     */
    static Timeline of(List<LogEvent> events) {
        Made made = last;
        if (made != null && made.events == events && made.size == events.size()) {
            return made.timeline;
        }
        Timeline t = make(events);
        last = new Made(events, events.size(), t);
        return t;
    }

    private static Timeline make(List<LogEvent> events) {
        Timeline t = new Timeline(events.size());
        for (LogEvent e : events) {
            LogTime time = e.time();
            Stream s = t.streams.computeIfAbsent(e.host(), k -> new Stream());
            if (time.known()) {
                if (s.place(time)) {
                    t.breaks.add(e);
                    s.part++;
                }
                t.points.put(e, new Point(e.host(), s.segment, s.at));
            } // else: ordered by its place in the log only
            if (s.part > 0) {
                t.parts.put(e, s.part);
            }
        }
        return t;
    }

    /** The hosts that sent the records, in order of their first record; "" for records without one. */
    List<String> hosts() {
        return List.copyOf(streams.keySet());
    }

    /** The first record of each timeline after a host's first: where time went back or changed its style. */
    List<LogEvent> breaks() {
        return List.copyOf(breaks);
    }

    /**
     * The part of its host's log a record belongs to: 0, then one more at each break. A client's
     * story is replayed within one part: a second paste is not the continuation of the first.
     */
    int part(LogEvent e) {
        return parts.getOrDefault(e, 0);
    }

    /** Seconds from one record to a later one on the same timeline; empty when the log does not tell it. */
    OptionalLong seconds(LogEvent from, LogEvent to) {
        Point a = points.get(from);
        Point b = points.get(to);
        if (a == null || b == null || !a.host.equals(b.host) || a.segment != b.segment || b.at < a.at) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(b.at - a.at);
    }

    boolean withinSeconds(LogEvent from, LogEvent to, long limit) {
        OptionalLong g = seconds(from, to);
        return g.isPresent() && g.getAsLong() <= limit;
    }

    /** Time from one record to a later one, as a RouterOS duration ("1m30s"), when the log tells it. */
    Optional<String> gap(LogEvent from, LogEvent to) {
        OptionalLong g = seconds(from, to);
        return g.isPresent() ? Optional.of(duration(g.getAsLong())) : Optional.empty();
    }

    /** Seconds as a RouterOS duration: 3726 is "1h2m6s", 0 is "0s". */
    static String duration(long g) {
        StringBuilder out = new StringBuilder();
        if (g >= DAY) {
            out.append(g / DAY).append('d');
        }
        if (g % DAY >= 3600) {
            out.append(g % DAY / 3600).append('h');
        }
        if (g % 3600 >= 60) {
            out.append(g % 3600 / 60).append('m');
        }
        if (g % 60 > 0 || out.length() == 0) {
            out.append(g % 60).append('s');
        }
        return out.toString();
    }

    /** One host's records as they come: the current timeline, and the days or years passed on it. */
    private static final class Stream {
        int segment = -1;
        int part;
        Kind kind;
        long at;
        /** The stamp's own value last seen (a clock, a place in the year), before days or years were added. */
        long raw;
        int years;
        int days;
        /** The year assumed for a year-less timeline's first record: not a leap year, as three in four. */
        int baseYear = 2001;

        /** Places a record's time; true when it starts a new timeline after the first. */
        boolean place(LogTime t) {
            boolean first = segment < 0;
            if (first || t.kind() != kind) {
                boolean isBreak = !first && goesBack(kind, t.kind());
                start(t);
                return isBreak;
            }
            long value = t.seconds();
            switch (t.kind()) {
                case MONTH_DAY -> {
                    if (value < raw - 183 * DAY) {
                        years++; // dec/31 then jan/01: a new year
                    } else if (value < raw - JITTER) {
                        start(t);
                        return true;
                    }
                    if (t.month() == 2 && t.dayOfMonth() == 29 && !Year.isLeap(baseYear + years)) {
                        while (!Year.isLeap(baseYear + years)) {
                            baseYear++; // the log has a February 29th: that year was a leap year
                        }
                        segment++; // the records before it were placed in another year: no gap across
                    }
                    raw = value;
                    at = inYear(t);
                }
                case CLOCK -> {
                    if (value < raw - DAY / 2) {
                        days++; // 23:59:58 then 00:00:03: past midnight
                    } else if (value < raw - JITTER) {
                        start(t);
                        return true;
                    }
                    raw = value;
                    at = days * DAY + value;
                }
                default -> {
                    if (value < raw - JITTER) {
                        start(t);
                        return true;
                    }
                    raw = value;
                    at = value;
                }
            }
            return false;
        }

        private void start(LogTime t) {
            segment++;
            kind = t.kind();
            raw = t.seconds();
            years = 0;
            days = 0;
            baseYear = t.kind() == Kind.MONTH_DAY && t.month() == 2 && t.dayOfMonth() == 29 ? 2004 : 2001;
            at = t.kind() == Kind.MONTH_DAY ? inYear(t) : t.seconds();
        }

        /**
         * Whether a change of stamp kind means a new paste rather than the log going on: RouterOS
         * prints a 1970 date before the clock is set, year-less dates and then today's clock; a
         * dated record after today's clock, or full dates against year-less ones, is another print.
         */
        private static boolean goesBack(Kind from, Kind to) {
            if (from == Kind.UPTIME || to == Kind.UPTIME) {
                return false; // a reboot with the clock not yet set, or the clock set after one
            }
            return !(from == Kind.MONTH_DAY && to == Kind.CLOCK);
        }

        /** Seconds of a year-less stamp on a linear scale, in the year assumed for it. */
        private long inYear(LogTime t) {
            return LocalDate.of(baseYear + years, t.month(), t.dayOfMonth()).toEpochDay() * DAY + t.secondOfDay();
        }
    }
}
