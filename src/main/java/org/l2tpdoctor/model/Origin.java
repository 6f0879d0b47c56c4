package org.l2tpdoctor.model;

/** Where a row, event or warning came from: the input's name and its 1-based line. */
public record Origin(String source, int line) {
    @Override
    public String toString() {
        return line > 0 ? source + ":" + line : source;
    }
}
