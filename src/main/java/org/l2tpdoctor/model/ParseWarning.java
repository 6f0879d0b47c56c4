package org.l2tpdoctor.model;

/** A line that was not understood: where, the line's text, and why. */
public record ParseWarning(Origin origin, int column, String text, String reason) {
    @Override
    public String toString() {
        return origin.source() + ":" + origin.line() + ":" + column + ": " + reason;
    }
}
