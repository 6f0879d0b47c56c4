package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the words of a table row under the header's columns: by position when the print kept its
 * padding (a word goes to the column it overlaps most; right-aligned numbers included), by header
 * order when a documentation copy collapsed the spaces or the positions contradict each other. A
 * leading word of flag letters in the flag column becomes the row's flags.
 */
final class TableLayout {
    /** A header name and the column where it starts. */
    record Column(String name, int start) {
    }

    /** The row's flags by name, and its cells by lower-case column name. */
    record Placed(Set<String> flags, Map<String, String> cells) {
    }

    private final List<Column> header;
    private final List<Column> columns;
    private final Flags flags;

    TableLayout(List<Column> header, Flags flags) {
        this.header = header;
        this.columns = header.stream().filter(c -> !c.name().equals("#")).toList();
        this.flags = flags;
    }

    Placed place(List<PrintField> rowWords) {
        List<PrintField> words = new ArrayList<>(rowWords);
        Set<String> rowFlags = new LinkedHashSet<>();
        boolean aligned = isAligned();
        if (!words.isEmpty() && !columns.isEmpty()) {
            PrintField first = words.get(0);
            boolean inFlagColumn = aligned ? first.start() < columns.get(0).start()
                    : (flags.hasLegend() || words.size() > columns.size());
            if (inFlagColumn && flags.isFlagWord(first.word())) {
                first.word().chars().forEach(c -> rowFlags.add(flags.name((char) c)));
                words.remove(0);
            }
        }
        String[] cells = aligned ? byPosition(words) : null;
        if (cells == null) {
            cells = byOrder(words);
        }
        Map<String, String> placed = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (cells[i] != null) {
                placed.put(columns.get(i).name(), cells[i]);
            }
        }
        return new Placed(rowFlags, placed);
    }

    /** Original padding keeps at least two spaces between header names somewhere. */
    private boolean isAligned() {
        for (int i = 1; i < header.size(); i++) {
            Column prev = header.get(i - 1);
            if (header.get(i).start() - (prev.start() + prev.name().length()) > 1) {
                return true;
            }
        }
        return false;
    }

    /** Each word goes to the column it overlaps most; null when that puts two words in one column. */
    private String[] byPosition(List<PrintField> words) {
        String[] cells = new String[columns.size()];
        for (PrintField w : words) {
            int best = 0;
            int bestOverlap = Integer.MIN_VALUE;
            for (int i = 0; i < columns.size(); i++) {
                int from = columns.get(i).start();
                int to = i + 1 < columns.size() ? columns.get(i + 1).start() : Integer.MAX_VALUE;
                int overlap = Math.min(to, w.end()) - Math.max(from, w.start());
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = i;
                }
            }
            if (cells[best] != null && words.size() <= columns.size()) {
                return null;
            }
            cells[best] = cells[best] == null ? w.word() : cells[best] + " " + w.word();
        }
        return cells;
    }

    private String[] byOrder(List<PrintField> words) {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < words.size(); i++) {
            int column = Math.min(i, columns.size() - 1);
            cells[column] = cells[column] == null ? words.get(i).word() : cells[column] + " " + words.get(i).word();
        }
        return cells;
    }
}
