package org.l2tpdoctor.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-joins lines a mail client wrapped (at 72-80 columns, at a space): a line is a wrap's
 * continuation when the paste's lines all fit in the wrap width, the line before it was cut
 * there (its next word would not have fit), and it does not start what RouterOS starts a line
 * with: a prompt, a log stamp, a menu path or command, a legend, an item number, or the
 * indentation of RouterOS's own continuation lines and settings. (A settings line is short, so
 * the line before it is never taken for a cut one; "couse: wrong password", a v6 message's end,
 * looks like a setting and is a continuation.) Loaded only when a paste may be wrapped.
 */
final class WrappedLines {
    /** Mail clients wrap at 72-80 columns; a paste with a longer line was not wrapped. */
    static final int WIDEST_WRAP = 80;
    /**
     * A wrapped paste has a line close to the wrap (72-80); a long address that did not fit leaves
     * the longest a little shorter ("... (Identity Protection):" is 63). None this long, no wrap.
     */
    static final int NARROWEST_WRAP = 56;
    /**
     * A line shorter than this is not taken for a cut one: a log record cut before a long address
     * ("... ISAKMP-SA established" + "192.168.1.2[4500]-22.22.22.22[4500]") is about 40 long.
     */
    static final int SHORTEST_WRAPPED = 24;

    /** What RouterOS starts a line with; in a holder, compiled only when a wrap is suspected. */
    private static final class Starts {
        static final Pattern ROUTEROS = Pattern.compile(
                "\\[[^\\]]*@[^\\]]*\\]"                                   // prompt
                        + "|(?:\\d{4}-\\d\\d-\\d\\d[ T]|[a-zA-Z]{3}/\\d\\d(?:/\\d{4})? |[A-Z][a-z]{2} [ \\d]\\d )?\\d\\d:\\d\\d:\\d\\d(?![:\\dA-Fa-f])"
                        + "|<\\d{1,3}>"                                         // syslog priority
                        + "|/[a-z]"                                             // menu path
                        + "|(?:add|set|remove|print|export|:[a-z]+)(?:\\s|$)"  // commands, script
                        + "|#|;;;|Flags:|Columns:"                              // comments, legends, header
                        + "|\\d+\\s+\\S");                                      // item or row number
    }

    private WrappedLines() {
    }

    /** True when some line may be a wrap's continuation: a look without patterns. */
    static boolean mayBeWrapped(List<String> lines) {
        boolean cut = false;
        int widest = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (breakable(line)) {
                if (line.length() > WIDEST_WRAP) {
                    return false;
                }
                widest = Math.max(widest, line.length());
            }
            if (i > 0 && lines.get(i - 1).length() >= SHORTEST_WRAPPED && !line.isBlank()
                    && !Character.isWhitespace(line.charAt(0))) {
                cut = true;
            }
        }
        return cut && widest >= NARROWEST_WRAP;
    }

    /**
     * Whether {@code next} continues {@code line} cut by a wrap at {@code width}: the first word
     * of {@code next} would not have fitted after it, and {@code next} starts nothing RouterOS does.
     */
    static boolean continues(String line, String next, int width, boolean inTable) {
        if (line.isBlank() || next.isBlank() || Character.isWhitespace(next.charAt(0))
                || line.stripTrailing().endsWith("\\")) {
            return false;
        }
        int word = next.indexOf(' ');
        int firstWord = word < 0 ? next.length() : word;
        if (line.length() < SHORTEST_WRAPPED && firstWord < width / 2) {
            return false; // a short line is a cut one only before a word too long to share a line
        }
        // a table's rows all start with their number: a wrap inside the padding may have dropped
        // the spaces that would show the cut, so in a table the start alone decides
        if (!inTable && padded(line) && padded(next)) {
            return false; // two rows of a table without numbers: aligned, each whole
        }
        boolean cut = inTable || line.length() + 1 + firstWord > width;
        return cut && !Starts.ROUTEROS.matcher(next).lookingAt();
    }

    /**
     * Whether a wrap could have cut the line (a space after its indentation): a longer word than
     * the wrap stays whole and longer than the width, so only these lines show the width.
     */
    static boolean breakable(String line) {
        String s = line.strip();
        return s.indexOf(' ') > 0;
    }

    /** The wrap's width: the longest line a wrap could have cut. */
    static int width(List<String> lines) {
        int width = 0;
        for (String line : lines) {
            if (breakable(line)) {
                width = Math.max(width, line.stripTrailing().length());
            }
        }
        return width;
    }

    /** Whether a line holds a run of spaces between words, as a table's padding does. */
    private static boolean padded(String line) {
        int at = line.indexOf("  ", 1);
        return at > 0 && !line.substring(at).isBlank() && !line.substring(0, at).isBlank();
    }

    /** Whether a line is a table's header or one of its rows, given that the one before was. */
    static boolean tableLine(String line, boolean inTable) {
        String s = line.stripLeading();
        if (s.startsWith("#") && s.length() > 2 && Character.isWhitespace(s.charAt(1))) {
            String rest = s.substring(1).stripLeading();
            return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0));
        }
        return inTable && !s.isEmpty() && Character.isDigit(s.charAt(0));
    }
}
