package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.List;
import org.l2tpdoctor.text.Ansi;
import org.l2tpdoctor.text.Secrets;

/**
 * Prepares captured text for the grammars: ANSI colour and cursor sequences removed (RouterOS
 * colours its console), every line ending (CRLF, CR, LF) accepted. Other control characters
 * are kept so that the report can show them, escaped. A secret value that a line break put on a
 * line of its own is replaced by its token ({@link Secrets#wrapped}). A line longer than {@link #MAX_LINE} is
 * cut there: no RouterOS output has such lines, and a grammar reading a megabyte of {@code [ }
 * took gigabytes; {@link Lines#cut} says which lines were cut, for a warning each.
 */
public final class InputText {
    /** Far above any print, export or log line RouterOS writes (an export wraps at 80 columns). */
    public static final int MAX_LINE = 16 * 1024;

    private InputText() {
    }

    /**
     * The lines, and for each line that was cut its index and its length before the cut. The lines
     * are held compactly ({@link TextLines}: the text and one offset a line); a line is made into a
     * {@code String} when it is read, so a caller that needs a line twice reads it once and keeps it.
     */
    public record Lines(TextLines lines, List<int[]> cut) {
    }

    /** Every line whole, for the paste repairs (a log whose line breaks were lost is one huge line). */
    public static TextLines lines(String text) {
        return TextLines.of(clean(text), Integer.MAX_VALUE);
    }

    /** The lines as the grammars read them, each cut at {@link #MAX_LINE}. */
    public static Lines read(String text) {
        TextLines lines = TextLines.of(clean(text), MAX_LINE);
        List<int[]> cut = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int length = lines.fullLength(i);
            if (length > MAX_LINE) {
                cut.add(new int[] {i, length});
            }
        }
        return new Lines(lines, cut);
    }

    private static String clean(String text) {
        // a secret value wrapped onto a line of its own becomes its token before the text is cut
        // into lines: whatever reads that line apart from its key (a warning, another section, a
        // table cell, a log record) holds nothing secret
        return Secrets.wrapped(Ansi.strip(text));
    }
}
