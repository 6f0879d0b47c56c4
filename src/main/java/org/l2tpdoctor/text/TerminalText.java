package org.l2tpdoctor.text;

/**
 * Makes input-derived text safe to print on a terminal: control characters, escape sequences
 * and bidirectional overrides are shown as {@code \x1b}-style escapes, so a hostile paste or
 * router cannot drive the user's terminal.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c < 0x20 && c != '\t' || c == 0x7f || c >= 0x80 && c <= 0x9f
                    || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    out.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
