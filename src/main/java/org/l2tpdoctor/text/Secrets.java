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
     * as a log line, a comment or a script. One pass, no backtracking.
     */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !FIRST[c] || i > 0 && isWordChar(text.charAt(i - 1))) {
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
            int valueEnd = valueEnd(text, valueStart);
            if (valueEnd == valueStart || text.startsWith("\"\"", valueStart) && valueEnd == valueStart + 2) {
                i = Math.max(i, valueEnd - 1);
                continue; // nothing, or an empty secret: its emptiness is the finding
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, valueStart).append(MASK);
            copied = valueEnd;
            i = valueEnd - 1;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    /** The end of a secret key's name starting at {@code at}, or -1. */
    private static int keyAt(String text, int at) {
        for (String key : KEYS_IN_TEXT) {
            int end = at + key.length();
            if (end <= text.length() && text.regionMatches(true, at, key, 0, key.length())
                    && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return end;
            }
        }
        return -1;
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

    private static boolean[] firstLetters() {
        boolean[] first = new boolean[128];
        for (String key : KEYS_IN_TEXT) {
            first[Character.toLowerCase(key.charAt(0))] = true;
            first[Character.toUpperCase(key.charAt(0))] = true;
        }
        return first;
    }
}
