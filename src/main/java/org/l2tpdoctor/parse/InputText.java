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

    /** The lines, and for each line that was cut its index and its length before the cut. */
    public record Lines(List<String> lines, List<int[]> cut) {
    }

    /** Every line whole, for the paste repairs (a log whose line breaks were lost is one huge line). */
    public static List<String> lines(String text) {
        return read(text, Integer.MAX_VALUE).lines();
    }

    /** The lines as the grammars read them, each cut at {@link #MAX_LINE}. */
    public static Lines read(String text) {
        return read(text, MAX_LINE);
    }

    private static Lines read(String text, int max) {
        // a secret value wrapped onto a line of its own becomes its token before the text is cut
        // into lines: whatever reads that line apart from its key (a warning, another section, a
        // table cell, a log record) holds nothing secret
        String clean = Secrets.wrapped(Ansi.strip(text));
        List<String> lines = new ArrayList<>();
        List<int[]> cut = new ArrayList<>();
        int start = 0;
        for (int i = clean.indexOf('\n'); ; i = clean.indexOf('\n', start)) {
            int end = i < 0 ? clean.length() : i;
            if (i < 0 && start >= clean.length()) {
                break;
            }
            if (end - start > max) {
                cut.add(new int[] {lines.size(), end - start});
                lines.add(clean.substring(start, start + max));
            } else {
                lines.add(clean.substring(start, end));
            }
            if (i < 0) {
                break;
            }
            start = i + 1;
        }
        return new Lines(lines, cut);
    }
}
