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

    /** The record's fields joined with a space, or null when the line is not a quoted CSV record. */
    static String unwrap(String line) {
        int i = Blanks.skip(line, 0);
        if (i >= line.length() || line.charAt(i) != '"' || line.indexOf("\",", i) < 0) {
            return null;
        }
        List<String> fields = fields(line, i);
        if (fields == null || fields.size() < 2) {
            return null;
        }
        StringBuilder joined = new StringBuilder(line.length());
        for (String f : fields) {
            if (!f.isBlank()) {
                joined.append(joined.length() > 0 ? " " : "").append(f.strip());
            }
        }
        return joined.toString();
    }

    /** A header line such as {@code "timestamp","source","message"}: no record, nothing to warn about. */
    static boolean isHeader(String line) {
        int i = Blanks.skip(line, 0);
        if (i >= line.length() || line.charAt(i) != '"') {
            return false;
        }
        List<String> fields = fields(line, i);
        return fields != null && fields.size() >= 2 && fields.contains("message")
                && fields.stream().allMatch(f -> f.matches("[A-Za-z_ ]+"));
    }

    /** RFC 4180 fields: quoted, a doubled quote inside a field is one quote; null if malformed. */
    private static List<String> fields(String line, int from) {
        List<String> fields = new ArrayList<>();
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) != '"') {
                int comma = line.indexOf(',', i);
                fields.add(line.substring(i, comma < 0 ? line.length() : comma));
                if (comma < 0) {
                    return fields;
                }
                i = comma + 1;
                continue;
            }
            StringBuilder field = null; // only for a field with a doubled quote inside
            int start = i + 1;
            int j = start;
            while (true) {
                j = line.indexOf('"', j);
                if (j < 0) {
                    return null;
                }
                if (j + 1 < line.length() && line.charAt(j + 1) == '"') {
                    field = (field == null ? new StringBuilder() : field).append(line, start, j + 1);
                    j += 2;
                    start = j;
                } else {
                    break;
                }
            }
            fields.add(field == null ? line.substring(start, j) : field.append(line, start, j).toString());
            i = Blanks.skip(line, j + 1);
            if (i >= line.length()) {
                return fields;
            }
            if (line.charAt(i) != ',') {
                return null;
            }
            i++;
        }
        return fields;
    }
}
