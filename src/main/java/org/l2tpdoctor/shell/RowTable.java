package org.l2tpdoctor.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalText;

/**
 * Rows of one menu for {@code show}: aligned columns (#, flags, each property, comment), as many
 * as fit the terminal, or one block per row on request. Secrets masked, every cell terminal-safe.
 */
final class RowTable {
    private RowTable() {
    }

    /** The properties in the order they first appear; l2tpdoctor's own ".x" properties left out. */
    static List<String> columns(List<Row> rows) {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(r -> r.properties().keySet().stream().filter(k -> !k.startsWith(".")).forEach(names::add));
        return List.copyOf(names);
    }

    /**
     * A table of the columns that fit {@code terminalWidth} (0: all), saying which were left out;
     * blocks when {@code detail}, or when not even one property column fits.
     */
    static void print(List<Row> rows, List<String> columns, boolean detail, int terminalWidth, PrintWriter out) {
        if (detail) {
            blocks(rows, columns, terminalWidth, out);
            return;
        }
        List<String> shown = new ArrayList<>(columns);
        while (terminalWidth > 0 && !shown.isEmpty() && width(rows, shown) > terminalWidth) {
            shown.remove(shown.size() - 1);
        }
        if (shown.isEmpty() && !columns.isEmpty()) {
            blocks(rows, columns, terminalWidth, out);
            return;
        }
        table(rows, shown, out);
        if (shown.size() < columns.size()) {
            List<String> hidden = columns.subList(shown.size(), columns.size());
            out.println("(" + hidden.size() + " more column(s), -d shows all, -c picks: "
                    + TerminalText.safe(String.join(",", hidden)) + ")");
        }
    }

    private static int width(List<Row> rows, List<String> columns) {
        StringWriter sink = new StringWriter();
        table(rows, columns, new PrintWriter(sink));
        return sink.toString().lines().mapToInt(String::length).max().orElse(0);
    }

    private static void table(List<Row> rows, List<String> columns, PrintWriter out) {
        boolean comments = rows.stream().anyMatch(r -> r.comment() != null && !r.comment().isBlank());
        // Derived /doctor rows have neither item numbers nor flags: no empty columns for them.
        boolean ids = rows.stream().anyMatch(r -> r.id() != null);
        boolean flags = rows.stream().anyMatch(r -> !r.flags().isEmpty());
        List<String> header = new ArrayList<>();
        if (ids) {
            header.add("#");
        }
        if (flags) {
            header.add("FLAGS");
        }
        columns.forEach(c -> header.add(TerminalText.safe(c.toUpperCase(java.util.Locale.ROOT))));
        if (comments) {
            header.add(";;;");
        }
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows) {
            List<String> line = new ArrayList<>();
            if (ids) {
                line.add(id(r));
            }
            if (flags) {
                line.add(String.join(",", r.flags()));
            }
            columns.forEach(c -> line.add(value(r, c)));
            if (comments) {
                line.add(comment(r));
            }
            cells.add(line);
        }
        TableText.print(header, cells, out);
    }

    /** RouterOS's "print detail" shape: a head line per row, then key=value wrapped to the width. */
    private static void blocks(List<Row> rows, List<String> columns, int terminalWidth, PrintWriter out) {
        int width = terminalWidth > 0 ? terminalWidth : 100;
        for (Row r : rows) {
            String flags = r.flags().isEmpty() ? "" : " [" + String.join(",", r.flags()) + "]";
            String comment = r.comment() == null || r.comment().isBlank() ? "" : " ;;; " + comment(r);
            out.println(id(r) + flags + comment);
            StringBuilder line = new StringBuilder("    ");
            for (String c : columns) {
                if (!r.has(c)) {
                    continue;
                }
                String pair = TerminalText.safe(c) + "=" + value(r, c);
                if (line.length() > 4 && line.length() + 1 + pair.length() > width) {
                    out.println(line.toString().stripTrailing());
                    line = new StringBuilder("    ");
                }
                line.append(pair).append(' ');
            }
            if (line.length() > 4) {
                out.println(line.toString().stripTrailing());
            }
        }
    }

    private static String id(Row r) {
        return r.id() == null ? "" : TerminalText.safe(r.id());
    }

    private static String value(Row r, String column) {
        String v = r.get(column);
        if (v == null) {
            return "";
        }
        String shown = Secrets.value(column, v);
        return shown.isEmpty() ? "\"\"" : TerminalText.safe(shown);
    }

    private static String comment(Row r) {
        return TerminalText.safe(Secrets.text(r.comment()));
    }
}
