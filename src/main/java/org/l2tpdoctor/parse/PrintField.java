package org.l2tpdoctor.parse;

/**
 * One token of an item line: a {@code key=value} property or a bare word (a flag letter group or
 * a table cell), with its columns in the physical line.
 */
record PrintField(String key, String value, String word, int start, int end, boolean truncated) {

    static PrintField property(String key, String value, int start, int end, boolean truncated) {
        return new PrintField(key, value, null, start, end, truncated);
    }

    static PrintField word(String word, int start, int end) {
        return new PrintField(null, null, word, start, end, false);
    }

    boolean isWord() {
        return word != null;
    }
}
