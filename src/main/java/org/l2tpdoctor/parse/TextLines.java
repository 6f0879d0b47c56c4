package org.l2tpdoctor.parse;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The lines of a text, stored compactly: the text itself and one array of where each line starts.
 * A line becomes a {@code String} only when {@link #get} asks for it (a new one each time; nothing
 * holds it), so memory is the text plus four bytes a line, whatever the number of lines: 2 million
 * one-letter lines held as strings took ~110 MB (a String, its array and a list slot each), here
 * 4 MB of text and 8 MB of offsets. Immutable; {@link #subList} is a slice sharing both, so the
 * sections cut from a paste hold no copy of its lines.
 *
 * <p>A line is what lies between two {@code '\n'}; a line longer than the cap it was made with is
 * cut there ({@link InputText#MAX_LINE} for the grammars).
 */
public final class TextLines extends AbstractList<String> implements RandomAccess {
    private final String text;
    /** starts[from + i] is where line i begins; starts[from + size] is one past the end of the last. */
    private final int[] starts;
    private final int from;
    private final int size;
    private final int max;

    private TextLines(String text, int[] starts, int from, int size, int max) {
        this.text = text;
        this.starts = starts;
        this.from = from;
        this.size = size;
        this.max = max;
    }

    /**
     * The lines of {@code text} (split at {@code '\n'}; a last line without one counts, an empty
     * text has none), each cut at {@code max} characters.
     */
    static TextLines of(String text, int max) {
        int breaks = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            breaks++;
        }
        boolean openLast = !text.isEmpty() && text.charAt(text.length() - 1) != '\n';
        int count = breaks + (openLast ? 1 : 0);
        int[] starts = new int[count + 1];
        int n = 0;
        starts[0] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[++n] = i + 1;
        }
        if (openLast) {
            starts[++n] = text.length() + 1; // as if a '\n' ended it
        }
        return new TextLines(text, starts, 0, count, max);
    }

    @Override
    public String get(int index) {
        int at = from + checked(index);
        int start = starts[at];
        return text.substring(start, start + lengthAt(at));
    }

    /** The length of line {@code index} as {@link #get} returns it (cut at the cap), without making it. */
    public int length(int index) {
        return lengthAt(from + checked(index));
    }

    /** The length of line {@code index} before any cut. */
    public int fullLength(int index) {
        int at = from + checked(index);
        return starts[at + 1] - 1 - starts[at];
    }

    private int lengthAt(int at) {
        return Math.min(starts[at + 1] - 1 - starts[at], max);
    }

    private int checked(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("line " + index + " of " + size);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public TextLines subList(int fromIndex, int toIndex) {
        if (fromIndex < 0 || toIndex > size || fromIndex > toIndex) {
            throw new IndexOutOfBoundsException(fromIndex + ".." + toIndex + " of " + size);
        }
        return new TextLines(text, starts, from + fromIndex, toIndex - fromIndex, max);
    }

    /**
     * An unmodifiable list of the same lines: {@code lines} itself when it is a {@code TextLines}
     * (immutable already, and copying would make a string of every line), else {@link List#copyOf}.
     */
    public static List<String> copyOf(List<String> lines) {
        return lines instanceof TextLines compact ? compact : List.copyOf(lines);
    }
}
