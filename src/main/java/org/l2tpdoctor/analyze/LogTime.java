package org.l2tpdoctor.analyze;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time arithmetic on RouterOS log stamps as printed ("2026-09-18 09:51:56", "oct/16 14:56:32",
 * "17:12:32"): how far apart two records are, when both stamps are of a kind that allows it.
 */
final class LogTime {
    private LogTime() {
    }

    static boolean withinSeconds(String from, String to, long limit) {
        if (stampKind(from) != stampKind(to)) {
            return false;
        }
        OptionalLong a = seconds(from);
        OptionalLong b = seconds(to);
        return a.isPresent() && b.isPresent() && b.getAsLong() >= a.getAsLong() && b.getAsLong() - a.getAsLong() <= limit;
    }

    /** Time from one log stamp to a later one, as a RouterOS duration ("1m30s"), when both stamps tell it. */
    static Optional<String> gap(String from, String to) {
        OptionalLong a = seconds(from);
        OptionalLong b = seconds(to);
        if (a.isEmpty() || b.isEmpty() || stampKind(from) != stampKind(to) || b.getAsLong() < a.getAsLong()) {
            return Optional.empty();
        }
        long g = b.getAsLong() - a.getAsLong();
        StringBuilder out = new StringBuilder();
        if (g >= 86400) {
            out.append(g / 86400).append('d');
        }
        if (g % 86400 >= 3600) {
            out.append(g % 86400 / 3600).append('h');
        }
        if (g % 3600 >= 60) {
            out.append(g % 3600 / 60).append('m');
        }
        if (g % 60 > 0 || out.length() == 0) {
            out.append(g % 60).append('s');
        }
        return Optional.of(out.toString());
    }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{1,2}):(\\d{2}):(\\d{2})");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)([a-z]{3})[/ ] ?(\\d{1,2})(?:/(\\d{4}))? (\\d{1,2}):(\\d{2}):(\\d{2})");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /** 2 for a full date, 1 for month and day, 0 for a bare clock (today), -1 unknown. */
    private static int stampKind(String time) {
        if (time == null) {
            return -1;
        }
        if (ISO.matcher(time).find()) {
            return 2;
        }
        Matcher m = MONTH_DAY.matcher(time);
        if (m.find()) {
            return m.group(3) != null ? 2 : 1;
        }
        return CLOCK.matcher(time).find() ? 0 : -1;
    }

    private static OptionalLong seconds(String time) {
        if (time == null) {
            return OptionalLong.empty();
        }
        Matcher iso = ISO.matcher(time);
        if (iso.find()) {
            try {
                LocalDateTime t = LocalDateTime.of(Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(4)),
                        Integer.parseInt(iso.group(5)), Integer.parseInt(iso.group(6)));
                return OptionalLong.of(t.toEpochSecond(ZoneOffset.UTC));
            } catch (DateTimeException e) {
                return OptionalLong.empty(); // month 13 and the like: a stamp no clock shows has no time
            }
        }
        Matcher md = MONTH_DAY.matcher(time);
        if (md.find()) {
            int month = MONTHS.indexOf(md.group(1).toLowerCase(Locale.ROOT)) + 1;
            if (month == 0) {
                return OptionalLong.empty();
            }
            int year = md.group(3) != null ? Integer.parseInt(md.group(3)) : 2000;
            try {
                LocalDateTime t = LocalDateTime.of(year, month, Integer.parseInt(md.group(2)),
                        Integer.parseInt(md.group(4)), Integer.parseInt(md.group(5)), Integer.parseInt(md.group(6)));
                return OptionalLong.of(t.toEpochSecond(ZoneOffset.UTC));
            } catch (DateTimeException e) {
                return OptionalLong.empty();
            }
        }
        Matcher c = CLOCK.matcher(time);
        if (c.find()) {
            return OptionalLong.of(Integer.parseInt(c.group(1)) * 3600L + Integer.parseInt(c.group(2)) * 60L
                    + Integer.parseInt(c.group(3)));
        }
        return OptionalLong.empty();
    }

    /** "2026-09-18 09:12:01" and "oct/16 14:56:32" give "09:12:01" and "14:56:32". */
    static String clock(String time) {
        int space = time.lastIndexOf(' ');
        return space >= 0 ? time.substring(space + 1) : time;
    }
}
