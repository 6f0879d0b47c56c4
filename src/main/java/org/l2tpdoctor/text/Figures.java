package org.l2tpdoctor.text;

/**
 * Numbers and columns for reports, without {@link String#format}: its first call loads the
 * locale data (about 13 ms of a cold start, a twentieth of a small paste's diagnosis).
 */
public final class Figures {
    private Figures() {
    }

    /** {@code 1234567} as {@code 1,234,567}, whatever the user's locale: reports are in English. */
    public static String grouped(long n) {
        String text = Long.toString(n);
        int first = n < 0 ? 1 : 0;
        int digits = text.length() - first;
        StringBuilder out = new StringBuilder(text.length() + digits / 3);
        out.append(text, 0, first);
        for (int i = 0; i < digits; i++) {
            if (i > 0 && (digits - i) % 3 == 0) {
                out.append(',');
            }
            out.append(text.charAt(first + i));
        }
        return out.toString();
    }

    /** {@code text} followed by spaces up to {@code width}; longer text is left whole. */
    public static String padRight(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
