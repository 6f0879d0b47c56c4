package org.l2tpdoctor.parse;

/** The grammars' blank, {@code [ \t]}, for the fast paths that read lines beside them. */
final class Blanks {
    private Blanks() {
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** The index of the first character at or after {@code i} that is not blank. */
    static int skip(String line, int i) {
        while (i < line.length() && isBlank(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
