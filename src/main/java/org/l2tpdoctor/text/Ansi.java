package org.l2tpdoctor.text;

import java.util.regex.Pattern;

/** Turns raw console bytes-as-text into plain text: no ANSI escapes, no carriage returns. */
public final class Ansi {
    // CSI sequences (colours, cursor moves), OSC titles, and the two-byte ESC forms. The login
    // suffix should prevent them, but a router that ignores the suffix must not break parsing.
    private static final Pattern ANSI = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)|\u001B[@-Z\\\\-_]");

    private Ansi() {
    }

    public static String strip(String raw) {
        // most text has neither: skip the regex and the copies (every router's output passes here)
        String text = raw.indexOf('\u001B') < 0 ? raw : ANSI.matcher(raw).replaceAll("");
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace("\r", "\n");
    }
}
