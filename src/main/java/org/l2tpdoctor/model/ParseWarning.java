package org.l2tpdoctor.model;

import org.l2tpdoctor.text.Secrets;

/**
 * A line that was not understood: where, the line's text (secrets masked), and why (quoting
 * nothing of the input that the masked line does not show).
 */
public record ParseWarning(Origin origin, int column, String text, String reason) {
    public ParseWarning {
        text = Secrets.text(text);
        reason = Secrets.reason(reason, text);
    }

    @Override
    public String toString() {
        return origin.source() + ":" + origin.line() + ":" + column + ": " + reason;
    }
}
