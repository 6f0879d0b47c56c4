package org.l2tpdoctor.parse;

import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.LogTime;
import org.l2tpdoctor.model.Origin;

/**
 * The fast path for the shapes that fill big logs: {@code STAMP TOPICS MESSAGE} with an ISO
 * (also RFC 3339), month or clock stamp, and {@code STAMP HOST TOPICS MESSAGE} as a syslog
 * receiver writes it (rsyslog's {@code Dec  6 09:32:30 10.120.127.1 ipsec,info ...}, RFC 3339
 * stamps; a collector's CSV once {@link CsvLog} joined its fields). It gives exactly what
 * {@code LogParser} gives for such a line (a test holds them equal on the corpus, the log forms
 * and mutated lines) and returns null for anything else, which then goes through the grammar.
 */
final class FastLogLine {
    private FastLogLine() {
    }

    static LogEvent parse(String line, Origin origin) {
        int n = line.length();
        int i = Blanks.skip(line, 0);
        if (line.startsWith("time=", i)) {
            return detail(line, i + "time=".length(), origin);
        }
        int stampEnd = LogStamps.end(line, i);
        if (stampEnd < 0) {
            stampEnd = bsdEnd(line, i);
        }
        if (stampEnd < 0 || stampEnd >= n || !Blanks.isBlank(line.charAt(stampEnd))) {
            return null;
        }
        if (line.charAt(stampEnd - 1) == '.') {
            return null; // "09:54:41." : the lexer's fraction needs a digit, so its stamp ends before the dot
        }
        String time = line.substring(i, stampEnd);
        int w = Blanks.skip(line, stampEnd);
        int wEnd = wordEnd(line, w);
        String topics = line.substring(w, wEnd);
        String host = "";
        if (!LogExtractor.isTopicList(topics)) {
            // a receiver's host, then the topics, then a message: the grammar's first topic list
            // among the words is the second, and the word before it names the host
            if (!isPlainHost(line, w, wEnd)) {
                return null;
            }
            host = topics;
            w = Blanks.skip(line, wEnd);
            wEnd = wordEnd(line, w);
            topics = line.substring(w, wEnd);
            if (!LogExtractor.isTopicList(topics) || Blanks.skip(line, wEnd) >= n) {
                return null; // without a message the grammar reads these words otherwise
            }
        }
        int m = Blanks.skip(line, wEnd);
        String message = line.substring(m).strip();
        return new LogEvent(LogStamps.time(time), host, LogExtractor.split(topics), message, origin);
    }

    private static int wordEnd(String line, int from) {
        int end = from;
        while (end < line.length() && !Blanks.isBlank(line.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * Whether the word [from, to) is a host name or address the lexer reads as a plain word and the
     * extractor keeps as the host: letters, digits, dots, '-' and '_', starting with a letter or
     * digit; not all digits (a row number to the lexer), not the start of another stamp, not a
     * topic, not a log-window buffer column ("memory", "disk") nor a Kiwi facility ("Local7.Info").
     */
    private static boolean isPlainHost(String line, int from, int to) {
        if (to <= from || !Character.isLetterOrDigit(line.charAt(from)) || line.charAt(from) >= 128) {
            return false;
        }
        boolean digitsOnly = true;
        for (int k = from; k < to; k++) {
            char c = line.charAt(k);
            boolean digit = c >= '0' && c <= '9';
            digitsOnly &= digit;
            if (!(digit || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '-' || c == '_')) {
                return false;
            }
        }
        if (digitsOnly || LogStamps.end(line, from) >= 0 || bsdEnd(line, from) >= 0) {
            return false;
        }
        String word = line.substring(from, to);
        int dot = word.indexOf('.');
        boolean facility = dot > 0 && Character.isUpperCase(word.charAt(0)) && dot + 1 < word.length()
                && Character.isUpperCase(word.charAt(dot + 1));
        return !facility && !word.equals("memory") && !word.equals("disk") && !word.equals("echo")
                && !LogExtractor.isTopicList(word);
    }

    /**
     * A {@code /log print detail} record ({@code time=2026-09-18 11:01:52 topics=ipsec,info
     * message="..."}, what check collects) from just after {@code time=}: the stamp in one of the
     * lexer's three detail forms, then {@code topics=} and {@code message=} (quoted, or one word),
     * separated by blanks, nothing after them; null for anything else.
     */
    private static LogEvent detail(String line, int i, Origin origin) {
        int n = line.length();
        int stampEnd = detailStampEnd(line, i);
        if (stampEnd < 0 || stampEnd == n || !Blanks.isBlank(line.charAt(stampEnd))) {
            return null;
        }
        int t = Blanks.skip(line, stampEnd);
        if (!line.startsWith("topics=", t)) {
            return null;
        }
        int topicsEnd = wordEnd(line, t + "topics=".length());
        int m = Blanks.skip(line, topicsEnd);
        if (topicsEnd == t + "topics=".length() || m == topicsEnd || !line.startsWith("message=", m)) {
            return null;
        }
        int v = m + "message=".length();
        int end = wordEnd(line, v); // the lexer's longest match: one word, or a quoted string if longer
        if (v < n && line.charAt(v) == '"') {
            int close = v + 1;
            while (close < n && line.charAt(close) != '"') {
                close += line.charAt(close) == '\\' ? 2 : 1;
            }
            if (close >= n) {
                return null; // open, or an escape at the very end: the grammar decides
            }
            end = Math.max(end, close + 1);
        }
        if (end == v || Blanks.skip(line, end) != n) {
            return null;
        }
        LogTime time = LogStamps.time(line.substring(i, stampEnd));
        String message = Quoting.unquote(line.substring(v, end)).strip();
        return new LogEvent(time, "", LogExtractor.split(line.substring(t + "topics=".length(), topicsEnd)), message, origin);
    }

    /**
     * The end of a detail record's stamp at {@code i} ({@code 2026-09-18 11:01:52}, {@code jul/19
     * 14:27:01}, {@code jul/19/2026 14:27:01} or {@code 11:01:52}), or -1.
     */
    private static int detailStampEnd(String s, int i) {
        int n = s.length();
        if (i + 10 < n && digits(s, i, 4) && s.charAt(i + 4) == '-' && digits(s, i + 5, 2) && s.charAt(i + 7) == '-'
                && digits(s, i + 8, 2) && s.charAt(i + 10) == ' ') {
            return clockEnd(s, i + 11);
        }
        if (i + 6 < n && DETAIL_MONTHS.contains(s.substring(i, i + 3)) && s.charAt(i + 3) == '/' && digits(s, i + 4, 2)) {
            int j = i + 6;
            if (j + 5 < n && s.charAt(j) == '/' && digits(s, j + 1, 4)) {
                j += 5;
            }
            return j < n && s.charAt(j) == ' ' ? clockEnd(s, j + 1) : -1;
        }
        return clockEnd(s, i);
    }

    /** The lexer's MONTH: lower case only in a detail record's stamp. */
    private static final java.util.Set<String> DETAIL_MONTHS = java.util.Set.of("jan", "feb", "mar", "apr", "may",
            "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private static boolean digits(String s, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if (k >= s.length() || !isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /**
     * Just past a BSD syslog stamp at {@code i} as the lexer reads it ({@code Nov  8 17:06:34}:
     * a capitalised month, spaces, one or two digits, one space, a clock), or -1.
     */
    static int bsdEnd(String s, int i) {
        int n = s.length();
        if (i + 3 > n) {
            return -1;
        }
        int month = MONTHS.indexOf(s.substring(i, i + 3));
        if (month < 0 || month % 3 != 0) {
            return -1;
        }
        int j = i + 3;
        int spaces = j;
        while (j < n && s.charAt(j) == ' ') {
            j++;
        }
        if (j == spaces || j >= n || !isDigit(s.charAt(j))) {
            return -1;
        }
        j++;
        if (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        if (j >= n || s.charAt(j) != ' ') {
            return -1;
        }
        return clockEnd(s, j + 1);
    }

    /** H:MM:SS or HH:MM:SS at {@code i} (the lexer's CLOCK): its end, or -1. */
    private static int clockEnd(String s, int i) {
        int n = s.length();
        if (i >= n || !isDigit(s.charAt(i))) {
            return -1;
        }
        int j = i + (i + 1 < n && isDigit(s.charAt(i + 1)) ? 2 : 1);
        if (j + 6 > n || s.charAt(j) != ':' || !isDigit(s.charAt(j + 1)) || !isDigit(s.charAt(j + 2))
                || s.charAt(j + 3) != ':' || !isDigit(s.charAt(j + 4)) || !isDigit(s.charAt(j + 5))) {
            return -1;
        }
        return j + 6;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
