package org.l2tpdoctor.model;

import org.l2tpdoctor.text.Secrets;

/** A line that was not understood: where, the line's text (secrets masked), and why. */
public record ParseWarning(Origin origin, int column, String text, String reason) {
    public ParseWarning {
        text = Secrets.text(text);
    }

    @Override
    public String toString() {
        return origin.source() + ":" + origin.line() + ":" + column + ": " + reason;
    }
}
