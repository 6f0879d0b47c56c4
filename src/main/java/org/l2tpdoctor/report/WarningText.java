package org.l2tpdoctor.report;

import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalText;

/**
 * Where a line was not understood and why, for people. The reason is the tool's own words
 * ("not RouterOS output (no key=value, no table header)"), which the secret masker must not
 * touch; what it quotes from the input was masked when the warning was made
 * ({@link Secrets#reason}), for every format alike.
 */
public final class WarningText {
    private WarningText() {
    }

    /** "paste:3:1: not RouterOS output (no key=value, no table header)". */
    public static String where(ParseWarning w) {
        return TerminalText.safe(w.origin().source() + ":" + w.origin().line() + ":" + w.column() + ": " + w.reason());
    }
}
