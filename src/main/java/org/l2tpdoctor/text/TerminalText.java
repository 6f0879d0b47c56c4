package org.l2tpdoctor.text;

/**
 * The one place that turns input-derived text into display text: control characters (C0 but
 * tab and newline, DEL, C1), and so every escape sequence, bidirectional controls and zero-width
 * characters are shown as {@code \x1b} / {@code \u202e} escapes, so a hostile paste or router
 * cannot drive, recolour, reorder or hide anything on the user's terminal. Fields call
 * {@link #safe}; every output stream passes {@link TerminalWriter}, which applies the same rule
 * to whatever a field forgot.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** True for a character that must not reach a terminal or a script as it is. */
    public static boolean unsafe(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        if (c < 0x7f) {
            return false;
        }
        return c <= 0x9f // DEL and C1 (U+009B is a one-character CSI)
                || c == 0x061c // Arabic letter mark
                || c == 0x180e // Mongolian vowel separator (zero width)
                || c >= 0x200b && c <= 0x200f // zero-width space, joiners, LRM, RLM
                || c >= 0x2028 && c <= 0x202e // line and paragraph separators, bidi embeddings and overrides
                || c >= 0x2060 && c <= 0x206f // word joiner, invisible operators, bidi isolates, deprecated formats
                || c == 0xfeff // zero-width no-break space
                || c >= 0xfff9 && c <= 0xfffb; // interlinear annotation controls
    }

    /** How an unsafe character is shown. */
    static void render(char c, StringBuilder out) {
        out.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
    }

    /** The text as it may be shown in a field: a newline is shown as {@code \x0a} too, a field is one line. */
    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = unsafe(c) || c == '\n';
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    render(c, out);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
