package org.l2tpdoctor.parse;

/**
 * One token of an item line: a {@code key=value} property or a bare word (a flag letter group or
 * a table cell), with its columns in the physical line.
 */
record PrintField(String key, String value, String word, int start, int end, boolean truncated) {

    static PrintField property(String key, String value, int start, int end, boolean truncated) {
        return new PrintField(key, value, null, start, end, truncated);
    }

    /**
     * A {@code key=value} property; {@code raw} is the value as printed (quoted or bare) and ends
     * before {@code end}. The console cuts lines at the terminal's edge and marks the cut with
     * '>': a bare value that ends the line with it is kept without the mark and flagged truncated.
     */
    static PrintField valued(String key, int start, String raw, boolean bare, int end, String line) {
        boolean truncated = bare && raw.endsWith(">") && !raw.startsWith("<") && end == line.stripTrailing().length();
        String cooked = truncated ? raw.substring(0, raw.length() - 1) : Quoting.unquote(raw);
        return property(key, cooked, start, end, truncated);
    }

    static PrintField word(String word, int start, int end) {
        return new PrintField(null, null, word, start, end, false);
    }

    boolean isWord() {
        return word != null;
    }
}
