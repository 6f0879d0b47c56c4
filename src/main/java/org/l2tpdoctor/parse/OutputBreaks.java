package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores the line breaks lost inside one command's {@code print} output, once {@link PasteRepair}
 * has cut a joined paste at its prompts and legends. What RouterOS starts a line with is known per
 * output form, so each form is re-split at its own boundaries:
 * <ul>
 * <li>settings ({@code enabled: yes max-mtu: 1450}): before every {@code key:};</li>
 * <li>items ({@code 0 D name="x" ... 1 name="y"}): before an item number followed by its flags and a
 * {@code key=} or a {@code ;;;} comment, numbers rising, and after the comment;</li>
 * <li>tables: after the {@code Columns:} list, around the {@code #} header, and before each row
 * number, the rows numbered one after another and each as long as the header has columns;</li>
 * <li>the end of a {@code Flags:} legend.</li>
 * </ul>
 * Loaded only when a joined line was found, so a paste with its line breaks never compiles these.
 */
final class OutputBreaks {
    private static final Pattern PROMPT = Pattern.compile("^\\[[^\\]]*\\][ \\t]*(?:/[^>]*)?>\\s*");
    private static final Pattern PRINT = Pattern.compile("(?:^|\\s)print\\b");
    /** A settings key: right-aligned by RouterOS, so always after white space. */
    private static final Pattern SETTING = Pattern.compile("(?<=\\s)[a-z][a-z0-9-]*+:(?=\\s|$)");
    private static final Pattern OUTPUT_START = Pattern.compile("\\s*(?:Flags: |Columns: |# +[A-Z]|[a-z][a-z0-9-]*+: )");
    private static final Pattern FIRST_SETTING = Pattern.compile("^\\s*[a-z][a-z0-9-]*+:(?:\\s|$)");
    private static final Pattern LEGEND = Pattern.compile(
            "^Flags:(?:[ \\t]*[A-Z*+#]{1,2} - [A-Za-z0-9-]+(?:,|;)?)+");
    private static final Pattern COLUMNS = Pattern.compile("^Columns:[ \\t]*[A-Z][A-Z0-9-]*(?:,[ \\t]*[A-Z][A-Z0-9-]*)*");
    /** A table header: column names (a name glued to the first row's number ends before its digits). */
    private static final Pattern HEADER = Pattern.compile("(?<=^|\\s)#(?:[ \\t]+[A-Z](?:[A-Z0-9-]*[A-Z-])?(?![=:a-z]))+");
    /** An item's start: its number, its flags, then a property or a comment. */
    private static final Pattern ITEM = Pattern.compile(
            "(?<=^|\\s)(\\d{1,5})[ \\t]+(?:[A-Z*+]{1,4}[ \\t]+)*(?=;;;|[a-z][a-z0-9-]*=)");
    private static final Pattern COMMENT_END = Pattern.compile("(?<=\\s)[a-z][a-z0-9-]*=");
    /** Digits that end a word: a row number, alone or glued to the cell before it. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,12}(?=\\s|$)");
    /** An item's number glued to the value before it: its flags, then a property or a comment. */
    private static final Pattern GLUED_ITEM = Pattern.compile(
            "(?<=[^\\s\\d=])(\\d{1,5})[ \\t]+(?:[A-Z*+]{1,4}[ \\t]+)*(;;;|[a-z][a-z0-9-]*=)");
    private static final Pattern LOG_STAMP = Pattern.compile("^(?:\\d{4}-\\d\\d-\\d\\d[ T]|[a-z]{3}/\\d\\d(?:/\\d{4})? )?\\d\\d:\\d\\d:\\d\\d\\s");

    /** The pieces with the breaks inside print output restored, and how many were. */
    record Split(List<String> pieces, int count) {
    }

    private OutputBreaks() {
    }

    static Split resplit(List<String> pieces) {
        List<String> out = new ArrayList<>(pieces.size() * 4);
        int count = 0;
        // print output pasted without its prompt: a legend, a header or a setting first
        Output output = pieces.isEmpty() || !OUTPUT_START.matcher(pieces.get(0)).lookingAt() ? null : new Output();
        for (String piece : pieces) {
            Matcher prompt = PROMPT.matcher(piece);
            if (prompt.find()) {
                Matcher print = PRINT.matcher(piece).region(prompt.end(), piece.length());
                output = print.find() ? new Output() : null;
                if (output == null) {
                    out.add(piece);
                    continue;
                }
                int from = print.end();
                List<Integer> cuts = new ArrayList<>();
                int start = output.firstBoundary(piece, from);
                if (start > 0) {
                    cuts.add(start);
                    output.cuts(piece, start, cuts);
                }
                count += add(out, piece, cuts);
            } else if (output != null && !LOG_STAMP.matcher(piece).find() && !piece.startsWith("/")) {
                List<Integer> cuts = new ArrayList<>();
                output.cuts(piece, 0, cuts);
                count += add(out, piece, cuts);
            } else {
                output = null;
                out.add(piece);
            }
        }
        return new Split(out, count);
    }

    /** Cuts a piece where given (white space at a cut stood in for the line break). */
    private static int add(List<String> out, String piece, List<Integer> cuts) {
        List<Integer> sorted = cuts.stream().filter(c -> c > 0 && c < piece.length()).distinct().sorted().toList();
        int last = 0;
        int made = 0;
        for (int cut : sorted) {
            if (cut <= last) {
                continue;
            }
            String before = piece.substring(last, cut).stripTrailing();
            if (!before.isBlank()) {
                out.add(before);
                made++;
            }
            last = cut;
        }
        String rest = piece.substring(last).stripTrailing();
        if (!rest.isBlank()) {
            out.add(rest);
        } else if (made > 0) {
            made--;
        }
        return made;
    }

    /** One print's output: its form is learned from what comes first, its numbers run on. */
    private static final class Output {
        private int lastItem = -1;
        private int columns = -1;
        /** Where each column's cells start after a row's number, when the header kept its padding. */
        private java.util.Set<Integer> columnStarts = java.util.Set.of();
        private boolean settings;
        /** The properties items started with so far ("name=", "chain=" after a comment). */
        private final java.util.Set<String> startKeys = new java.util.HashSet<>();

        /** Where the output starts after the command (0: nothing after it). */
        int firstBoundary(String piece, int from) {
            int best = -1;
            Matcher s = SETTING.matcher(piece).region(from, piece.length());
            s.useTransparentBounds(true);
            while (s.find()) {
                if (!PasteRepair.insideQuotes(piece, s.start())) {
                    best = s.start();
                    break;
                }
            }
            for (Pattern p : List.of(ITEM, HEADER)) {
                Matcher m = p.matcher(piece).region(from, piece.length());
                m.useTransparentBounds(true);
                if (m.find() && (best < 0 || m.start() < best)) {
                    best = m.start();
                }
            }
            for (String legend : List.of("Flags:", "Columns:")) {
                int at = piece.indexOf(legend, from);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                }
            }
            return best;
        }

        /** Adds the cuts of the output that starts at {@code from}. */
        void cuts(String piece, int from, List<Integer> cuts) {
            int at = skipBlanks(piece, from);
            Matcher legend = LEGEND.matcher(piece).region(at, piece.length());
            if (legend.find()) {
                at = cut(piece, legend.end(), cuts);
            }
            Matcher columnList = COLUMNS.matcher(piece).region(at, piece.length());
            if (columnList.find()) {
                at = cut(piece, columnList.end(), cuts);
            }
            Matcher header = HEADER.matcher(piece).region(at, piece.length());
            if (header.lookingAt()) {
                columns = header.group().trim().split("\\s+").length - 1;
                columnStarts = columnStarts(header.group());
                at = cut(piece, header.end(), cuts);
            }
            if (at >= piece.length()) {
                return;
            }
            if (settings || lastItem < 0 && columns < 0 && FIRST_SETTING.matcher(piece).region(at, piece.length()).lookingAt()) {
                settings = true;
                Matcher s = SETTING.matcher(piece).region(at, piece.length());
                s.useTransparentBounds(true);
                while (s.find()) {
                    if (!PasteRepair.insideQuotes(piece, s.start())) {
                        cuts.add(s.start());
                    }
                }
            } else if (columns >= 0) {
                rows(piece, at, cuts);
            } else {
                items(piece, at, cuts);
            }
        }

        /**
         * Items: a number after white space, rising; or the next number glued to the value before
         * it when the item starts as the first one did (with a comment, or with the same property).
         */
        private void items(String piece, int from, List<Integer> cuts) {
            Matcher m = ITEM.matcher(piece).region(from, piece.length());
            m.useTransparentBounds(true);
            Matcher glued = GLUED_ITEM.matcher(piece);
            glued.useTransparentBounds(true);
            int at = from;
            while (at < piece.length()) {
                int start;
                int end;
                int n;
                boolean alone = m.region(at, piece.length()).find();
                boolean stuck = glued.region(at, piece.length()).find()
                        && (!alone || glued.start() < m.start())
                        && Integer.parseInt(glued.group(1)) == lastItem + 1 && lastItem >= 0
                        && (glued.group(2).equals(";;;") || startKeys.contains(glued.group(2)));
                if (stuck) {
                    start = glued.start();
                    end = glued.start(2);
                    n = lastItem + 1;
                } else if (alone) {
                    start = m.start();
                    end = m.end();
                    n = Integer.parseInt(m.group(1));
                } else {
                    return;
                }
                at = Math.max(end, start + 1);
                if (n <= lastItem || PasteRepair.insideQuotes(piece, start)) {
                    continue;
                }
                if (!piece.startsWith(";;;", end)) {
                    startKeys.add(key(piece, end));
                }
                lastItem = n;
                cuts.add(start);
                int comment = end;
                if (piece.startsWith(";;;", comment)) {
                    Matcher c = COMMENT_END.matcher(piece).region(comment, piece.length());
                    c.useTransparentBounds(true);
                    Matcher next = ITEM.matcher(piece).region(comment, piece.length());
                    next.useTransparentBounds(true);
                    int limit = next.find() ? next.start() : piece.length();
                    if (c.find() && c.start() < limit) {
                        cuts.add(c.start());
                        startKeys.add(c.group());
                    }
                }
            }
        }

        /**
         * Table rows: numbered one after another; where a cell holds the next number too, the
         * choice whose rows come closest to the header's column count wins.
         */
        private void rows(String piece, int from, List<Integer> cuts) {
            int first = skipBlanks(piece, from);
            List<int[]> candidates = new ArrayList<>(); // {position, number, glued}
            Matcher m = NUMBER.matcher(piece).region(first, piece.length());
            while (m.find()) {
                if (PasteRepair.insideQuotes(piece, m.start())) {
                    continue;
                }
                boolean alone = m.start() == first || Character.isWhitespace(piece.charAt(m.start() - 1));
                for (int s = m.end() - 1; s >= m.start() && m.end() - s <= 5; s--) {
                    boolean whole = s == m.start();
                    candidates.add(new int[] {s, Integer.parseInt(piece, s, m.end(), 10), whole && alone ? 0 : 1});
                }
            }
            candidates.sort(java.util.Comparator.comparingInt(c -> c[0]));
            if (candidates.isEmpty() || candidates.get(0)[0] != first) {
                return;
            }
            int n = candidates.size();
            java.util.Map<Integer, List<Integer>> byNumber = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                byNumber.computeIfAbsent(candidates.get(i)[1], k -> new ArrayList<>()).add(i);
            }
            // Rows of one table have about as many words as each other (an empty cell makes one
            // shorter, a cell with spaces longer) and about as many as the header has columns: try
            // each row length, keep the cheapest plan.
            int[] next = null;
            long cheapest = Long.MAX_VALUE;
            for (int words = 1; words <= columns + 4; words++) {
                int[] plan = new int[n];
                long cost = plan(piece, candidates, byNumber, words, columnStarts, plan) + Math.abs(words - columns);
                if (cost < cheapest) {
                    cheapest = cost;
                    next = plan;
                }
            }
            if (next == null || candidates.get(0)[1] <= lastItem) {
                return;
            }
            for (int i = 0; i < n; i = next[i]) {
                cuts.add(candidates.get(i)[0]);
                lastItem = candidates.get(i)[1];
            }
        }

        /**
         * The least cost of cutting rows from the first candidate to the end, each row's number one
         * above the last: a row costs how far its word count is from {@code words}, one per word
         * that does not start under a column (when the padding was kept), and a number glued to the
         * cell before it one more. {@code next} gets the chosen following row of each.
         */
        private static long plan(String piece, List<int[]> candidates, java.util.Map<Integer, List<Integer>> byNumber,
                                 int words, java.util.Set<Integer> starts, int[] next) {
            int n = candidates.size();
            long[] best = new long[n];
            for (int i = n - 1; i >= 0; i--) {
                best[i] = Long.MAX_VALUE;
                next[i] = -1;
                List<Integer> following = new ArrayList<>(byNumber.getOrDefault(candidates.get(i)[1] + 1, List.of()));
                following.add(n);
                for (int j : following) {
                    if (j <= i) {
                        continue;
                    }
                    int end = j < n ? candidates.get(j)[0] : piece.length();
                    long rest = j < n ? best[j] : 0;
                    if (rest == Long.MAX_VALUE) {
                        continue;
                    }
                    long cost = Math.abs(cells(piece, candidates.get(i)[0], end) - words) + rest
                            + unaligned(piece, candidates.get(i)[0], end, starts)
                            + (j < n ? candidates.get(j)[2] : 0);
                    if (cost < best[i]) {
                        best[i] = cost;
                        next[i] = j;
                    }
                }
            }
            return best[0];
        }
    }

    /**
     * Where the header's columns start, counted from the end of its {@code #} (a row's number ends
     * there); none when the padding was collapsed and positions say nothing.
     */
    private static java.util.Set<Integer> columnStarts(String header) {
        String h = header.strip();
        if (!h.contains("  ")) {
            return java.util.Set.of();
        }
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        for (int i = 1; i < h.length(); i++) {
            if (h.charAt(i) != ' ' && h.charAt(i - 1) == ' ') {
                starts.add(i - 1);
            }
        }
        return starts;
    }

    /** The words of a row (its flags aside) that do not start under a column of the header. */
    private static int unaligned(String piece, int from, int to, java.util.Set<Integer> starts) {
        if (starts.isEmpty()) {
            return 0;
        }
        int numberEnd = from;
        while (numberEnd < to && Character.isDigit(piece.charAt(numberEnd))) {
            numberEnd++;
        }
        int count = 0;
        for (int i = numberEnd + 1; i < to; i++) {
            if (piece.charAt(i) != ' ' && piece.charAt(i - 1) == ' ' && !starts.contains(i - numberEnd)) {
                count++;
            }
        }
        return count;
    }

    /** The {@code key=} at a position. */
    private static String key(String piece, int at) {
        int k = at;
        while (k < piece.length() && piece.charAt(k) != '=' && !Character.isWhitespace(piece.charAt(k))) {
            k++;
        }
        return piece.substring(at, Math.min(k + 1, piece.length()));
    }

    /** The words of one row after its number, its flags left out. */
    private static int cells(String piece, int from, int to) {
        String[] words = piece.substring(from, to).trim().split("\\s+");
        int count = words.length - 1;
        if (words.length > 1 && words[1].matches("[A-Z*]{1,4}")) {
            count--;
        }
        return count;
    }

    private static int cut(String piece, int at, List<Integer> cuts) {
        int next = skipBlanks(piece, at);
        if (next < piece.length()) {
            cuts.add(next);
        }
        return next;
    }

    private static int skipBlanks(String s, int at) {
        while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
        return at;
    }
}
