package org.l2tpdoctor.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of every report: IPsec pre-shared keys, PPP and user passwords, installed-SA
 * keys. An empty secret stays visible as {@code ""} because its emptiness is the finding.
 */
public final class Secrets {
    public static final String MASK = "********";
    private static final Set<String> SECRET_KEYS = Set.of("secret", "ipsec-secret", "password", "auth-key",
            "enc-key", "private-key", "pre-shared-key", "preshared-key", "psk", "passphrase", "wpa-pre-shared-key",
            "wpa2-pre-shared-key", "key");
    /** The same names inside free text, longest first so "ipsec-secret" is not read as "secret". */
    private static final Pattern IN_TEXT = Pattern.compile("(?i)\\b("
            + String.join("|", SECRET_KEYS.stream().sorted(java.util.Comparator.comparingInt(String::length)
                    .reversed().thenComparing(k -> k)).map(Pattern::quote).toList())
            + ")(=|:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^\\s\"]+)");

    private Secrets() {
    }

    public static boolean isSecret(String key) {
        return SECRET_KEYS.contains(key.toLowerCase(java.util.Locale.ROOT));
    }

    /** The value to show for a property. */
    public static String value(String key, String value) {
        if (!isSecret(key) || value == null || value.isEmpty()) {
            return value;
        }
        return MASK;
    }

    /** Masks {@code secret=...} and {@code password: ...} inside free text such as a log line. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(3);
            String masked = value.equals("\"\"") ? value : MASK;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + masked));
        }
        m.appendTail(out);
        return out.toString();
    }
}
