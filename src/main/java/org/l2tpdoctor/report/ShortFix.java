package org.l2tpdoctor.report;

import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalText;

/**
 * A finding's fix in a few words, for a status line or a fleet summary: its first command that
 * changes something (comments, the listings before it and the lines after it stay in the full
 * report), or "check" and the listing when the fix is only to look,
 * secrets masked, terminal-safe, cut to a length a monitoring screen shows.
 */
public final class ShortFix {
    static final int MAX = 100;

    private ShortFix() {
    }

    public static String of(Outcome.Finding f) {
        String first = firstCommand(f.fix(), true);
        if (first.isEmpty()) {
            String look = firstCommand(f.fix(), false);
            first = look.isEmpty() ? "" : "check " + look;
        }
        String safe = TerminalText.safe(Secrets.text(first));
        return safe.length() <= MAX ? safe : safe.substring(0, MAX - 1) + "…";
    }

    /**
     * The first command of a fix; with {@code changing}, the first that is not a print or an export
     * (a fix that starts by listing rules to find their numbers is told by the command that follows).
     */
    static String firstCommand(String fix, boolean changing) {
        if (fix == null) {
            return "";
        }
        for (String line : fix.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (!changing || !l.matches("(?s).*\\b(print|export)\\b.*")) {
                return l;
            }
        }
        return "";
    }
}
