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
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** {@code text} followed by spaces up to {@code width}; longer text is left whole. */
    public static String padRight(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
