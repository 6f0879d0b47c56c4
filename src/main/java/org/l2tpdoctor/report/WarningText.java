package org.l2tpdoctor.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalText;

/**
 * Where a line was not understood and why, for people. The reason is the tool's own words
 * ("not RouterOS output (no key=value, no table header)"), which the secret masker must not
 * touch; only what it quotes from the input ('...') is input, and only that is masked.
 */
public final class WarningText {
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");

    private WarningText() {
    }

    /** "paste:3:1: not RouterOS output (no key=value, no table header)". */
    public static String where(ParseWarning w) {
        Matcher m = QUOTED.matcher(w.reason());
        StringBuilder reason = new StringBuilder();
        while (m.find()) {
            String quoted = m.group();
            m.appendReplacement(reason, Matcher.quoteReplacement("'" + Secrets.text(quoted.substring(1, quoted.length() - 1)) + "'"));
        }
        m.appendTail(reason);
        return TerminalText.safe(w.origin().source() + ":" + w.origin().line() + ":" + w.column() + ": " + reason);
    }
}
