package org.l2tpdoctor.text;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps secrets out of everything the tool shows or writes: IPsec pre-shared keys, PPP, SNMP and
 * user passwords, installed-SA keys. An empty secret stays visible as {@code ""} because its
 * emptiness is the finding.
 *
 * <p>Rows and log events are masked when they are made ({@link #token} for a secret property,
 * {@link #text} for every other value, comment and message), so a derived row that copies a
 * comment or a script's source into a property of its own inherits the masking; reports mask
 * again on the way out. The free-text masker is one pass over the text with no regular
 * expression, so a quoted value of any length costs linear time (a backtracking pattern
 * overflowed the stack on a quoted secret of 2,000 characters).
 */
public final class Secrets {
    public static final String MASK = "********";

    /** Every property whose value is a secret, in any menu; the one list. */
    private static final Set<String> SECRET_KEYS = Set.of("secret", "ipsec-secret", "password", "passwd",
            "auth-key", "enc-key", "private-key", "pre-shared-key", "preshared-key", "psk", "passphrase",
            "wpa-pre-shared-key", "wpa2-pre-shared-key", "key",
            // SNMP v3 users and communities
            "authentication-password", "encryption-password", "auth-password", "priv-password");
    /** The same names as they are searched in free text: longest first, so "ipsec-secret" is not read as "secret". */
    private static final String[] KEYS_IN_TEXT = SECRET_KEYS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(k -> k))
            .toArray(String[]::new);
    /** The first letters of the keys: most positions in a text are rejected by this alone. */
    private static final boolean[] FIRST = firstLetters();
    /** For each lower-case first letter, the keys that start with it, in {@link #KEYS_IN_TEXT}'s order. */
    private static final String[][] KEYS_BY_FIRST = keysByFirstLetter();
    /** Stands for one secret value inside rows: equal values get equal tokens within a run, nothing more. */
    private static final String TOKEN_PREFIX = MASK + "#";
    // not a cryptographic key: tokens never leave the process's reports as anything but the mask
    private static final long RUN_SEED = java.util.concurrent.ThreadLocalRandom.current().nextLong();

    private Secrets() {
    }

    /** Every secret property name, for tests and documentation. */
    public static List<String> keys() {
        return SECRET_KEYS.stream().sorted().toList();
    }

    public static boolean isSecret(String key) {
        return SECRET_KEYS.contains(key.toLowerCase(Locale.ROOT));
    }

    /** The value to show for a property. */
    public static String value(String key, String value) {
        if (!isSecret(key) || value == null || value.isEmpty()) {
            return value;
        }
        return MASK;
    }

    /**
     * What a row keeps of a property's value: a secret becomes a token that tells equal keys
     * apart from different ones (an analysis counts distinct PSKs) and reveals nothing else; an
     * empty value and RouterOS's own {@code ***} stay as they are; any other value is masked as
     * free text (a comment or a script source may carry {@code password=...}).
     */
    public static String stored(String key, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (!isSecret(key)) {
            return text(value);
        }
        if (value.startsWith(TOKEN_PREFIX) || value.chars().allMatch(c -> c == '*')) {
            return value;
        }
        return token(value);
    }

    /** A per-run keyed hash of a secret: equal within one run, unlinkable across runs. */
    static String token(String value) {
        long h = RUN_SEED ^ 0x9E3779B97F4A7C15L;
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * 0x100000001B3L;
            h ^= h >>> 29;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return TOKEN_PREFIX + Long.toHexString(h);
    }

    /**
     * Masks {@code secret=...}, {@code password: ...} and {@code psk "..."} inside free text such
     * as a log line, a comment or a script. One pass, no backtracking. A key is read as a terminal
     * shows it: escape sequences, control, format and combining characters inside or after its
     * name do not hide it ({@code pass\u200bword=}). A value wrapped onto the next line is masked
     * there too: after a key that ends its line ({@code password=}, or {@code password=\} in an
     * export), and the rest of a quoted value the line break cut ({@code password="abc} then
     * {@code def"}).
     */
    public static String text(String text) {
        return mask(text, false);
    }

    /**
     * Only the parts of secret values that a line break put on a line of their own, each replaced
     * by its {@link #token}: done to a whole capture before it is cut into lines, so such a line
     * read apart from its key (another section, a warning that quotes it, a table cell) holds
     * nothing secret, and read with its key it still joins into the key's value.
     */
    public static String wrapped(String text) {
        return mask(text, true);
    }

    /**
     * A reason for a line that was not understood, as shown: the tool's own words stay as written
     * (its "no key=value" is no secret), and what it quotes from the input ({@code '...'}, before
     * a grammar's {@code expecting} list, which quotes the grammar) is masked and kept only where
     * the line as shown (already masked) holds it word for word. A grammar quotes the raw input
     * from the offending token on, and such an excerpt can start inside a secret value whose key
     * it no longer holds (a value wrapped onto a line of its own: fuzz case 1890 of
     * v7-log-ipsec-04 put a planted secret into the JSON warnings), so masking by key is not
     * enough: an excerpt the shown line does not hold becomes an ellipsis; the column still
     * points at it.
     */
    public static String reason(String reason, String shownLine) {
        if (reason == null || reason.indexOf('\'') < 0) {
            return reason;
        }
        int expecting = reason.indexOf(" expecting ");
        int end = expecting < 0 ? reason.length() : expecting;
        StringBuilder out = new StringBuilder(reason.length());
        int i = 0;
        while (i < end) {
            int open = reason.indexOf('\'', i);
            // an excerpt may itself hold quotes: it runs to the last quote before the expecting list
            int close = open < 0 || open >= end ? -1 : reason.lastIndexOf('\'', end - 1);
            if (close <= open) {
                break;
            }
            String excerpt = text(reason.substring(open + 1, close));
            boolean shown = excerpt.equals("<EOF>") || shownLine != null && shownLine.contains(unescapeAntlr(excerpt));
            out.append(reason, i, open + 1).append(shown ? excerpt : "\u2026").append('\'');
            i = close + 1;
        }
        return out.append(reason, i, reason.length()).toString();
    }

    /** ANTLR writes a line break or tab inside a quoted excerpt as {@code \n}, {@code \r}, {@code \t}. */
    private static String unescapeAntlr(String excerpt) {
        return excerpt.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
    }

    private static String mask(String text, boolean wrappedOnly) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        int afterEscape = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0x1b) {
                // "\e[1mpassword": the sequence's last letter is no part of a word
                int length = escapeLength(text, i);
                afterEscape = i + length;
                i += length - 1;
                continue;
            }
            if (c >= 128 || !FIRST[c] || i > 0 && i != afterEscape && isWordChar(text.charAt(i - 1))) {
                continue;
            }
            int keyEnd = keyAt(text, i);
            if (keyEnd < 0) {
                continue;
            }
            int valueStart = separatorEnd(text, keyEnd);
            if (valueStart < 0) {
                continue;
            }
            int[] span;
            int lineEnd = wrapsAt(text, valueStart);
            if (lineEnd >= 0) {
                // "password=" ends the line: the value is the next line's first word or quoted string
                int from = blanksEnd(text, lineEnd + 1);
                if (!startsWrappedValue(text, from)) {
                    i = lineEnd;
                    continue;
                }
                span = new int[] {from, valueEnd(text, from)};
            } else {
                int valueEnd = valueEnd(text, valueStart);
                if (valueEnd == valueStart || text.startsWith("\"\"", valueStart) && valueEnd == valueStart + 2) {
                    i = Math.max(i, valueEnd - 1);
                    continue; // nothing, or an empty secret: its emptiness is the finding
                }
                if (!wrappedOnly) {
                    if (out == null) {
                        out = new StringBuilder(n);
                    }
                    out.append(text, copied, valueStart).append(MASK);
                    copied = valueEnd;
                }
                i = valueEnd - 1;
                span = quotedRestOnNextLine(text, valueStart, valueEnd);
                if (span == null) {
                    continue;
                }
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            String part = text.substring(span[0], span[1]);
            out.append(text, copied, span[0]).append(wrappedOnly ? tokenOf(part) : MASK);
            copied = span[1];
            i = span[1] - 1;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    /** A wrapped part as a token; one already masked stays as it is (a capture masked twice). */
    private static String tokenOf(String part) {
        String bare = part.endsWith("\"") ? part.substring(0, part.length() - 1) : part;
        if (bare.startsWith(TOKEN_PREFIX) || !bare.isEmpty() && bare.chars().allMatch(ch -> ch == '*')) {
            return part;
        }
        return token(bare) + (bare.length() < part.length() ? "\"" : "");
    }

    /**
     * The index of the line end when nothing but blanks, or an export's {@code \} continuation,
     * follows {@code at} on its line; else -1.
     */
    private static int wrapsAt(String text, int at) {
        int n = text.length();
        int i = blanksEnd(text, at);
        if (i < n && text.charAt(i) == '\\') {
            i = blanksEnd(text, i + 1);
        }
        return i < n && text.charAt(i) == '\n' ? i : -1;
    }

    /**
     * Whether a line (from its first non-blank) can be the rest of a wrapped value: not blank, not
     * the next item ({@code  1   name=...}), not a {@code ;;;} comment, not a prompt.
     */
    private static boolean startsWrappedValue(String text, int at) {
        int n = text.length();
        if (at >= n || text.charAt(at) == '\n' || text.startsWith(";;;", at)) {
            return false;
        }
        int i = at;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i > at && i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            return false; // an item number and more on its line: the next item
        }
        int name = at;
        while (name < n && (isWordChar(text.charAt(name)) || text.charAt(name) == '.')) {
            name++;
        }
        if (name > at && name < n && text.charAt(name) == ':'
                && (name + 1 == n || text.charAt(name + 1) == ' ' || text.charAt(name + 1) == '\n')) {
            return false; // the next "key: value" setting (an empty one printed as "key:")
        }
        if (text.startsWith("\"\"", at) && (at + 2 == n || Character.isWhitespace(text.charAt(at + 2)))) {
            return false; // an empty value
        }
        if (text.charAt(at) == '[') {
            int close = text.indexOf(']', at);
            int eol = text.indexOf('\n', at);
            return close < 0 || eol >= 0 && close > eol || text.indexOf('>', close) < 0
                    || eol >= 0 && text.indexOf('>', close) > eol; // "[admin@R1] >": a prompt
        }
        return true;
    }

    /**
     * For a quoted value that its line's end cut open ({@code password="abc}), the rest of it on
     * the next line: from that line's first non-blank through its closing quote; null when the
     * value was closed or the next line has no closing quote.
     */
    private static int[] quotedRestOnNextLine(String text, int valueStart, int valueEnd) {
        int n = text.length();
        if (text.charAt(valueStart) != '"' || valueEnd >= n || text.charAt(valueEnd) != '\n'
                || closedAt(text, valueStart, valueEnd)) {
            return null;
        }
        int from = blanksEnd(text, valueEnd + 1);
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n && text.charAt(i + 1) != '\n') {
                i++;
            } else if (c == '"') {
                return new int[] {from, i + 1};
            } else if (c == '\n') {
                return null;
            }
        }
        return null;
    }

    /** Whether the quoted value from {@code start} to {@code end} ends with its closing quote. */
    private static boolean closedAt(String text, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < end) {
                i++;
            } else if (c == '"') {
                return true;
            }
        }
        return false;
    }

    private static int blanksEnd(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * The end of a secret key's name starting at {@code at} (past any invisible characters after
     * it), or -1. Escape sequences, controls, format and combining characters inside the name are
     * skipped as a terminal would not show them as letters.
     */
    private static int keyAt(String text, int at) {
        // only the keys that start with this letter can match here (a log line's words starting
        // with p, s, i... tried all nineteen): the same keys in the same order, longest first
        for (String key : KEYS_BY_FIRST[Character.toLowerCase(text.charAt(at))]) {
            int end = matchKey(text, at, key);
            if (end >= 0 && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    /** Characters of invisible units a key may carry before a match is given up: keeps the scan linear. */
    private static final int MAX_SKIPPED = 256;

    private static int matchKey(String text, int at, String key) {
        int n = text.length();
        int i = at;
        int skipped = 0;
        for (int k = 0; k < key.length(); ) {
            if (i >= n) {
                return -1;
            }
            char c = text.charAt(i);
            if (Character.toLowerCase(c) == key.charAt(k)) {
                i++;
                k++;
                continue;
            }
            if (k == 0 || c >= 0x20 && c < 0x7f) {
                return -1; // a visible ASCII character is no invisible unit: the key does not match
            }
            int unit = invisibleAt(text, i);
            if (unit == 0 || (skipped += unit) > MAX_SKIPPED) {
                return -1;
            }
            i += unit;
        }
        for (int unit = i < n ? invisibleAt(text, i) : 0; unit > 0 && (skipped += unit) <= MAX_SKIPPED;
                unit = i < n ? invisibleAt(text, i) : 0) {
            i += unit;
        }
        return i;
    }

    /**
     * The length of an invisible unit at {@code at}: an escape sequence (CSI, OSC, or ESC with
     * its intermediate and final bytes), or one control (not newline or tab), format or combining
     * character; 0 for anything a terminal shows.
     */
    static int invisibleAt(String text, int at) {
        char c = text.charAt(at);
        if (c == 0x1b) {
            return escapeLength(text, at);
        }
        if (c == '\n' || c == '\t') {
            return 0;
        }
        if (TerminalText.unsafe(c)) {
            return 1;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.CONTROL ? 1 : 0;
    }

    private static int escapeLength(String text, int at) {
        int n = text.length();
        int i = at + 1;
        if (i < n && text.charAt(i) == '[') {
            i++;
            while (i < n && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x3f) {
                i++;
            }
            return i < n && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x7e ? i + 1 - at : 1;
        }
        if (i < n && text.charAt(i) == ']') {
            for (int j = i + 1; j < n && j - at < MAX_SKIPPED; j++) {
                if (text.charAt(j) == 0x07) {
                    return j + 1 - at;
                }
                if (text.charAt(j) == 0x1b && j + 1 < n && text.charAt(j + 1) == '\\') {
                    return j + 2 - at;
                }
            }
            return 1;
        }
        while (i < n && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2f) {
            i++;
        }
        return i < n && text.charAt(i) >= 0x30 && text.charAt(i) <= 0x7e ? i + 1 - at : 1;
    }

    /**
     * Where the value starts after a key: {@code =}, {@code :} and blanks, or blanks before a
     * quote ({@code psk "..."} in a log line); -1 when no value follows ("wrong password").
     */
    private static int separatorEnd(String text, int at) {
        int n = text.length();
        if (at < n && text.charAt(at) == '=') {
            return at + 1;
        }
        int i = at;
        if (i < n && text.charAt(i) == ':') {
            i++;
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            return i;
        }
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i > at && i < n && text.charAt(i) == '"' ? i : -1;
    }

    /** The end of a value: its closing quote (or the line's end), else the end of the word. */
    private static int valueEnd(String text, int start) {
        int n = text.length();
        if (start < n && text.charAt(start) == '"') {
            for (int i = start + 1; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < n && text.charAt(i + 1) != '\n') {
                    i++;
                } else if (c == '"') {
                    return i + 1;
                } else if (c == '\n') {
                    return i;
                }
            }
            return n;
        }
        int i = start;
        while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '"') {
            i++;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    private static String[][] keysByFirstLetter() {
        String[][] byFirst = new String[128][];
        for (char c = 0; c < 128; c++) {
            char first = c;
            byFirst[c] = java.util.Arrays.stream(KEYS_IN_TEXT).filter(k -> k.charAt(0) == first).toArray(String[]::new);
        }
        return byFirst;
    }

    private static boolean[] firstLetters() {
        boolean[] first = new boolean[128];
        for (String key : KEYS_IN_TEXT) {
            first[Character.toLowerCase(key.charAt(0))] = true;
            first[Character.toUpperCase(key.charAt(0))] = true;
        }
        return first;
    }
}
