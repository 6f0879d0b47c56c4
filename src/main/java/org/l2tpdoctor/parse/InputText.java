package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Prepares captured text for the grammars: ANSI colour and cursor sequences removed (RouterOS
 * colours its console), every line ending (CRLF, CR, LF) accepted. Other control characters
 * are kept so that the report can show them, escaped.
 */
public final class InputText {
    private InputText() {
    }

    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
            } else if (c == '\r') {
                lines.add(line.toString());
                line.setLength(0);
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == 0x1b) {
                i = skipEscape(text, i);
            } else {
                line.append(c);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Returns the index of the last character of the escape sequence starting at {@code i}. */
    private static int skipEscape(String text, int i) {
        int n = text.length();
        if (i + 1 >= n) {
            return i;
        }
        char kind = text.charAt(i + 1);
        if (kind == '[') {
            int j = i + 2;
            while (j < n && (text.charAt(j) < 0x40 || text.charAt(j) > 0x7e) && text.charAt(j) != '\n') {
                j++;
            }
            return Math.min(j, n - 1);
        }
        if (kind == ']') {
            int j = i + 2;
            while (j < n && text.charAt(j) != 0x07 && text.charAt(j) != '\n') {
                j++;
            }
            return text.charAt(Math.min(j, n - 1)) == '\n' ? j - 1 : Math.min(j, n - 1);
        }
        return i + 1;
    }
}
