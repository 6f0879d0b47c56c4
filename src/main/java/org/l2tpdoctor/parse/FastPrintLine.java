package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The fast path for the lines that fill print output: an item line ({@code 0 RN id=... state=...}),
 * its continuation lines ({@code     key=value ...}), either with a {@code ;;; comment} at its end,
 * a comment line, a table's row under its header ({@code forward  accept  12 334}), "key: value"
 * settings, the "Flags:" legend and blank lines. It reads them exactly as {@code PrintLexer} and
 * {@code PrintParser} do (a test holds the two equal on the corpus, the fixtures and mutated lines)
 * and returns null for anything else (wrapped legends, headers, escapes, open quotes, odd
 * characters), which then goes through the grammar. Why: on a cold JVM the grammar's set-up and
 * its first lines cost tens of milliseconds, most of the time a small paste's diagnosis takes; and
 * a fleet of 1,000 routers, each printing its firewall's comments and stats table, sent a sixth of
 * each router's print lines through the grammar.
 */
final class FastPrintLine {
    private FastPrintLine() {
    }

    static PrintLine read(String line) {
        int n = line.length();
        for (int k = 0; k < n; k++) {
            char c = line.charAt(k);
            if (c == '\\' || c == '\r' || c == '\n' || Character.isSurrogate(c)) {
                return null; // escapes, line breaks, and columns that the lexer counts in code points
            }
        }
        int i = Blanks.skip(line, 0);
        if (i == n) {
            return new PrintLine.Blank();
        }
        char c = line.charAt(i);
        if (c >= '0' && c <= '9') {
            int digits = i;
            while (digits < n && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
                digits++;
            }
            if (digits < n && !Blanks.isBlank(line.charAt(digits))) {
                return null; // "0RN" or a clock: one word to the lexer, not an item number
            }
            String[] comment = new String[1];
            List<PrintField> fields = fields(line, digits, new ArrayList<>(), comment);
            return fields == null ? null : new PrintLine.Item(line.substring(i, digits), fields, comment[0]);
        }
        if (line.startsWith("Flags:", i) && (i + 6 == n || Blanks.isBlank(line.charAt(i + 6)))) {
            return legend(line, i + 6);
        }
        if (line.startsWith(";;;", i)) {
            return new PrintLine.Comment(commentText(line, i + 3));
        }
        if (!isNameStart(c)) {
            return null;
        }
        int end = i + 1;
        while (end < n && isNameChar(line.charAt(end))) {
            end++;
        }
        String[] comment = new String[1];
        if (end < n && line.charAt(end) == '=') {
            List<PrintField> fields = new ArrayList<>();
            int next = value(line, i, end, fields);
            return next < 0 || fields(line, next, fields, comment) == null ? null
                    : new PrintLine.Continuation(fields, comment[0]);
        }
        if (end < n && line.charAt(end) == ':' && (end + 1 == n || Blanks.isBlank(line.charAt(end + 1)))) {
            String key = line.substring(i, end);
            if (key.equals("Flags") || key.equals("Columns")) {
                return null; // keywords that open a legend or a column list
            }
            return new PrintLine.Setting(key, line.substring(Blanks.skip(line, end + 1)).strip());
        }
        if (end - i == 1) {
            return null; // one letter first: perhaps a wrapped legend's entry ("X - disabled")
        }
        // a word first: a row of a table under its header ("forward  accept  12 334  5 801")
        List<PrintField> fields = fields(line, i, new ArrayList<>(), comment);
        return fields == null ? null : new PrintLine.Continuation(fields, comment[0]);
    }

    /** A ";;; comment"'s text from {@code from}, as the grammar's tree gives it (hex-encoded non-ASCII decoded). */
    private static String commentText(String line, int from) {
        String text = line.substring(from).strip();
        return HexComment.decode(text).orElse(text);
    }

    /** "Flags: X - disabled, D - dynamic; * - default" from after the keyword, or null. */
    private static PrintLine legend(String line, int i) {
        int n = line.length();
        List<String> entries = new ArrayList<>();
        while (true) {
            i = Blanks.skip(line, i);
            if (i == n) {
                return new PrintLine.Legend(true, entries);
            }
            char c = line.charAt(i);
            if (c == ',' || c == ';') {
                i++;
                continue;
            }
            if (!(isLetter(c) || c == '*')) {
                return null;
            }
            int dash = Blanks.skip(line, i + 1);
            if (dash == n || line.charAt(dash) != '-') {
                return null;
            }
            int name = Blanks.skip(line, dash + 1);
            if (name == n || !isLetter(line.charAt(name))) {
                return null;
            }
            int end = name + 1;
            while (end < n && (isLetter(line.charAt(end)) || line.charAt(end) >= '0' && line.charAt(end) <= '9'
                    || line.charAt(end) == '_' || line.charAt(end) == '-')) {
                end++;
            }
            entries.add(line.substring(i, end));
            i = end;
        }
    }

    /**
     * The fields from {@code i} to the end of the line, or null where the grammar must decide; a
     * {@code ;;; comment} after them goes into {@code comment[0]}.
     */
    private static List<PrintField> fields(String line, int i, List<PrintField> into, String[] comment) {
        int n = line.length();
        while (true) {
            i = Blanks.skip(line, i);
            if (i == n) {
                return into;
            }
            char c = line.charAt(i);
            if (c == '"') {
                int close = line.indexOf('"', i + 1);
                if (close < 0) {
                    return null; // a value that continues on the next line
                }
                into.add(PrintField.word(Quoting.unquote(line.substring(i, close + 1)), i, close + 1));
                i = close + 1;
                continue;
            }
            if (c == ';' && line.startsWith(";;;", i)) {
                comment[0] = commentText(line, i + 3); // the rest of the line, whatever it holds
                return into;
            }
            if (c == ';' || c == '=') {
                return null; // text the grammar reports
            }
            int end = i;
            while (end < n && !Blanks.isBlank(line.charAt(end)) && line.charAt(end) != '=') {
                end++;
            }
            if (end < n && line.charAt(end) == '=') {
                if (!isName(line, i, end)) {
                    return null;
                }
                i = value(line, i, end, into);
                if (i < 0) {
                    return null;
                }
            } else {
                into.add(PrintField.word(line.substring(i, end), i, end));
                i = end;
            }
        }
    }

    /**
     * The property whose name runs from {@code key} to the '=' at {@code equals}; returns where its
     * value ends, or -1 for a quote left open.
     */
    private static int value(String line, int key, int equals, List<PrintField> into) {
        int n = line.length();
        String name = line.substring(key, equals);
        int v = equals + 1;
        if (v == n || Blanks.isBlank(line.charAt(v))) {
            into.add(PrintField.property(name, "", key, v, false));
            return v;
        }
        if (line.charAt(v) == '"') {
            int close = line.indexOf('"', v + 1);
            if (close < 0) {
                return -1;
            }
            into.add(PrintField.valued(name, key, line.substring(v, close + 1), false, close + 1, line));
            return close + 1;
        }
        int end = v;
        while (end < n && !Blanks.isBlank(line.charAt(end))) {
            end++;
        }
        into.add(PrintField.valued(name, key, line.substring(v, end), true, end, line));
        return end;
    }

    private static boolean isName(String line, int from, int to) {
        if (!isNameStart(line.charAt(from))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!isNameChar(line.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNameStart(char c) {
        return isLetter(c) || c == '.';
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
