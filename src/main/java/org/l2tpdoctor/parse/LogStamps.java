package org.l2tpdoctor.parse;

import org.l2tpdoctor.model.LogTime;
import org.l2tpdoctor.model.LogTime.Kind;

/**
 * The one place that reads RouterOS log stamps. {@link #end} recognises one by position, on text
 * or bytes: {@code 2026-09-18 09:51:56}, {@code 2023-03-18T20:35:05.734011+01:00},
 * {@code jul/19 14:27:01}, {@code jan/02/1970 00:41:37}, {@code 17:12:32} (a byte scan on the hot
 * path of big logs, where a regex would cost too much; the log lexer recognises the same shapes
 * as tokens). {@link #time} tells what a recognised stamp means, once per record, as a
 * {@link LogTime}: every later step reads that value and never the text again.
 */
final class LogStamps {
    private LogStamps() {
    }

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    /**
     * What a stamp the lexer or {@link #end} recognised says: any of the forms above, Winbox's
     * {@code Dec/06/2026}, syslog's {@code Nov  8 17:06:34}, a Kiwi file's date and clock apart.
     * A stamp no clock shows (month 13, 25 o'clock, February 31st) keeps its text and tells no
     * time: it never stops a diagnosis.
     */
    static LogTime time(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return LogTime.NONE;
        }
        int n = t.length();
        if (digits(t, 0, 4) && at(t, 4, '-')) {
            return dateTime(t);
        }
        if (n >= 3 && Character.isLetter(t.charAt(0))) {
            return monthDay(t);
        }
        int clock = clockSeconds(t, 0, n);
        return clock >= 0 && clockEnd(t, 0) == n ? new LogTime(Kind.CLOCK, clock, t) : LogTime.none(t);
    }

    /** 2026-09-18 09:51:56, with T or a tab between, a fraction of a second, Z or an offset. */
    private static LogTime dateTime(String t) {
        if (!digits(t, 5, 2) || !at(t, 7, '-') || !digits(t, 8, 2)
                || !at(t, 10, ' ') && !at(t, 10, 'T') && !at(t, 10, '\t')) {
            return LogTime.none(t);
        }
        int year = number(t, 0, 4);
        int month = number(t, 5, 2);
        int day = number(t, 8, 2);
        int c = 11;
        while (c < t.length() && (t.charAt(c) == ' ' || t.charAt(c) == '\t')) {
            c++; // a Kiwi file's tab, or blanks a copy doubled
        }
        int clock = clockSeconds(t, c, t.length());
        int end = clockEnd(t, c);
        if (clock < 0) {
            return LogTime.none(t);
        }
        if (at(t, end, '.')) {
            end++;
            while (end < t.length() && Character.isDigit(t.charAt(end))) {
                end++;
            }
        }
        long offset = 0;
        if (at(t, end, 'Z')) {
            end++;
        } else if ((at(t, end, '+') || at(t, end, '-')) && digits(t, end + 1, 2)) {
            int minutesAt = at(t, end + 3, ':') ? end + 4 : end + 3;
            int minutes = digits(t, minutesAt, 2) ? number(t, minutesAt, 2) : 0;
            offset = (at(t, end, '-') ? -1 : 1) * (number(t, end + 1, 2) * 3600L + minutes * 60L);
            end = digits(t, minutesAt, 2) ? minutesAt + 2 : end + 3;
        }
        if (end != t.length()) {
            return LogTime.none(t);
        }
        return dated(year, month, day, clock, offset, text(t));
    }

    /** jul/19 14:27:01, Dec/06/2026 21:45:57, jan/02/1970 00:41:37, Nov  8 17:06:34. */
    private static LogTime monthDay(String t) {
        int month = MONTHS.indexOf(t.substring(0, 3).toLowerCase(java.util.Locale.ROOT));
        if (month < 0 || month % 3 != 0) {
            return LogTime.none(t);
        }
        month = month / 3 + 1;
        int i = 3;
        boolean slash = at(t, i, '/');
        if (slash) {
            i++;
        } else {
            while (at(t, i, ' ')) {
                i++;
            }
        }
        int dayDigits = digits(t, i, 2) ? 2 : digits(t, i, 1) ? 1 : 0;
        if (dayDigits == 0) {
            return LogTime.none(t);
        }
        int day = number(t, i, dayDigits);
        i += dayDigits;
        int year = -1;
        if (slash && at(t, i, '/') && digits(t, i + 1, 4)) {
            year = number(t, i + 1, 4);
            i += 5;
        }
        if (!at(t, i, ' ') && !at(t, i, '\t')) {
            return LogTime.none(t);
        }
        while (at(t, i, ' ') || at(t, i, '\t')) {
            i++;
        }
        int clock = clockSeconds(t, i, t.length());
        if (clock < 0 || clockEnd(t, i) != t.length()) {
            return LogTime.none(t);
        }
        if (year >= 0) {
            return dated(year, month, day, clock, 0, text(t));
        }
        if (day < 1 || day > java.time.Month.of(month).maxLength()) {
            return LogTime.none(t);
        }
        return new LogTime(Kind.MONTH_DAY, LogTime.inYear(month, day, clock), text(t));
    }

    private static LogTime dated(int year, int month, int day, int clock, long offset, String text) {
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return LogTime.none(text); // month 13, February 31st: no clock shows it
        }
        long seconds = java.time.LocalDate.of(year, month, day).toEpochDay() * 86_400L + clock - offset;
        return new LogTime(year == 1970 ? Kind.UPTIME : Kind.DATE_TIME, seconds, text);
    }

    /** The stamp as the report prints it: the blanks between its parts (a tab, doubled spaces) one space. */
    private static String text(String t) {
        if (t.indexOf('\t') < 0 && t.indexOf("  ") < 0) {
            return t;
        }
        return t.replace('\t', ' ').replaceAll(" {2,}", " ");
    }

    /** Seconds since midnight of the clock H:MM:SS or HH:MM:SS at {@code i}; -1 if none, or 24:00:00 and later. */
    private static int clockSeconds(CharSequence s, int i, int end) {
        int e = clockEnd(s, i);
        if (e < 0 || e > end) {
            return -1;
        }
        int hourDigits = e - i - 6;
        int hours = number(s, i, hourDigits);
        int minutes = number(s, i + hourDigits + 1, 2);
        int seconds = number(s, i + hourDigits + 4, 2);
        return hours < 24 && minutes < 60 && seconds < 61 ? hours * 3600 + minutes * 60 + Math.min(seconds, 59) : -1;
    }

    private static int clockEnd(CharSequence s, int i) {
        return clock(s, i);
    }

    /** Whether a stamp is the ISO form the memory log prints from RouterOS 7.10 ("2026-09-18 09:51:56", not syslog's T). */
    static boolean isMemoryLogIso(LogTime time) {
        String t = time.text();
        return (time.kind() == Kind.DATE_TIME || time.kind() == Kind.UPTIME) && t.length() > 11 && at(t, 4, '-') && at(t, 10, ' ');
    }

    private static int number(CharSequence s, int i, int count) {
        int v = 0;
        for (int k = i; k < i + count; k++) {
            v = v * 10 + s.charAt(k) - '0';
        }
        return v;
    }

    /**
     * The end of a {@code yyyy-mm-dd HH:MM:SS} stamp followed by a space, the form of nearly every
     * line of a big remote log; -1 for anything else ({@link #end} then decides).
     */
    static int isoEnd(byte[] b, int i, int end) {
        if (i + 20 > end || b[i + 4] != '-' || b[i + 7] != '-' || b[i + 10] != ' ' || b[i + 13] != ':'
                || b[i + 16] != ':' || b[i + 19] != ' ') {
            return -1;
        }
        for (int k : ISO_DIGITS) {
            if (b[i + k] < '0' || b[i + k] > '9') {
                return -1;
            }
        }
        return i + 19;
    }

    private static final int[] ISO_DIGITS = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};

    /** Index just past the stamp starting at {@code i}, or -1 if none starts there. */
    static int end(CharSequence s, int i) {
        int iso = iso(s, i);
        if (iso > 0) {
            return iso;
        }
        int month = month(s, i);
        return month > 0 ? month : clock(s, i);
    }

    private static int iso(CharSequence s, int i) {
        if (!digits(s, i, 4) || !at(s, i + 4, '-') || !digits(s, i + 5, 2) || !at(s, i + 7, '-') || !digits(s, i + 8, 2)) {
            return -1;
        }
        if (!at(s, i + 10, ' ') && !at(s, i + 10, 'T')) {
            return -1;
        }
        int end = clock(s, i + 11);
        if (end < 0 || !at(s, i + 10, 'T')) {
            return end;
        }
        if (at(s, end, '.')) {
            end++;
            while (end < s.length() && Character.isDigit(s.charAt(end))) {
                end++;
            }
        }
        if (at(s, end, 'Z')) {
            return end + 1;
        }
        if ((at(s, end, '+') || at(s, end, '-')) && digits(s, end + 1, 2)) {
            int z = end + 3;
            if (at(s, z, ':')) {
                z++;
            }
            return digits(s, z, 2) ? z + 2 : end;
        }
        return end;
    }

    private static int month(CharSequence s, int i) {
        if (!lower(s, i) || !lower(s, i + 1) || !lower(s, i + 2) || !at(s, i + 3, '/') || !digits(s, i + 4, 2)) {
            return -1;
        }
        int j = i + 6;
        if (at(s, j, '/') && digits(s, j + 1, 4)) {
            j += 5;
        }
        return at(s, j, ' ') ? clock(s, j + 1) : -1;
    }

    private static int clock(CharSequence s, int i) {
        int j = i;
        if (!digits(s, j, 1)) {
            return -1;
        }
        j += digits(s, j, 2) ? 2 : 1;
        if (!at(s, j, ':') || !digits(s, j + 1, 2) || !at(s, j + 3, ':') || !digits(s, j + 4, 2)) {
            return -1;
        }
        return j + 6;
    }

    private static boolean digits(CharSequence s, int i, int count) {
        if (i + count > s.length()) {
            return false;
        }
        for (int k = i; k < i + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean lower(CharSequence s, int i) {
        return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
    }

    private static boolean at(CharSequence s, int i, char c) {
        return i < s.length() && s.charAt(i) == c;
    }
}
