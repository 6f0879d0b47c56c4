package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A log exported by a syslog collector as CSV (Graylog's "Export as CSV", Kiwi's and most web
 * consoles' exports): quoted fields such as {@code "2026-12-06T21:45:57.000Z","192.0.2.1","ipsec,info
 * respond new phase 1 ..."}. The fields are read and joined with spaces, which turns the record
 * into the remote-syslog form the log grammar reads (stamp, host, topics, message).
 */
final class CsvLog {
    private CsvLog() {
    }

    /**
     * The record's fields joined with a space (each stripped, blank ones left out), or null when
     * the line is not a quoted CSV record. Each field is copied once, straight into the joined
     * text: a big CSV log's 20,000 window records had each made a list and a string per field
     * first, ~5 MB of a run that allocates ~100 MB in all, about the young generation the
     * launcher's defaults give (~101 MB); past it, a stop-the-world collection runs in the analysis.
     */
    static String unwrap(String line) {
        int i = Blanks.skip(line, 0);
        if (i >= line.length() || line.charAt(i) != '"' || line.indexOf("\",", i) < 0) {
            return null;
        }
        StringBuilder joined = new StringBuilder(line.length());
        return walk(line, i, (text, from, to) -> join(joined, text, from, to)) < 2 ? null : joined.toString();
    }

    /** Appends {@code text[from, to)} stripped of white space, after a space if need be; nothing if it is blank. */
    private static void join(StringBuilder joined, CharSequence text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(text, from, to);
        }
    }

    /** A header line such as {@code "timestamp","source","message"}: no record, nothing to warn about. */
    static boolean isHeader(String line) {
        int i = Blanks.skip(line, 0);
        if (i >= line.length() || line.charAt(i) != '"') {
            return false;
        }
        List<String> fields = new ArrayList<>();
        return walk(line, i, (text, from, to) -> fields.add(text.subSequence(from, to).toString())) >= 2
                && fields.contains("message") && fields.stream().allMatch(f -> f.matches("[A-Za-z_ ]+"));
    }

    /** Takes each field of a record as it is read: {@code text[from, to)}. */
    private interface Fields {
        void field(CharSequence text, int from, int to);
    }

    /**
     * RFC 4180 fields from {@code from}: quoted, a doubled quote inside a field is one quote. Each
     * is handed to {@code fields} as it is read; how many there were, or -1 if the line is malformed
     * (those before were handed on all the same).
     */
    private static int walk(String line, int from, Fields fields) {
        int count = 0;
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) != '"') {
                int comma = line.indexOf(',', i);
                fields.field(line, i, comma < 0 ? line.length() : comma);
                count++;
                if (comma < 0) {
                    return count;
                }
                i = comma + 1;
                continue;
            }
            StringBuilder doubled = null; // only for a field with a doubled quote inside
            int start = i + 1;
            int j = start;
            while (true) {
                j = line.indexOf('"', j);
                if (j < 0) {
                    return -1;
                }
                if (j + 1 < line.length() && line.charAt(j + 1) == '"') {
                    doubled = (doubled == null ? new StringBuilder() : doubled).append(line, start, j + 1);
                    j += 2;
                    start = j;
                } else {
                    break;
                }
            }
            if (doubled == null) {
                fields.field(line, start, j);
            } else {
                doubled.append(line, start, j);
                fields.field(doubled, 0, doubled.length());
            }
            count++;
            i = Blanks.skip(line, j + 1);
            if (i >= line.length()) {
                return count;
            }
            if (line.charAt(i) != ',') {
                return -1;
            }
            i++;
        }
        return count;
    }
}
