package org.l2tpdoctor.parse;

import org.l2tpdoctor.model.LogEvent;
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
