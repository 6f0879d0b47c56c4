package org.l2tpdoctor.shell;

import java.io.PrintWriter;
import java.util.List;

/** Cells in aligned columns under a header, as RouterOS prints a table; cells arrive terminal-safe. */
final class TableText {
    private static final String GAP = "  ";

    private TableText() {
    }

    static void print(List<String> header, List<List<String>> rows, PrintWriter out) {
        int[] widths = widths(header, rows);
        out.println(line(header, widths));
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
    }

    private static int[] widths(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length && i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            s.append(cell);
            if (i < widths.length - 1) {
                s.append(" ".repeat(widths[i] - cell.length())).append(GAP);
            }
        }
        return s.toString().stripTrailing();
    }
}
