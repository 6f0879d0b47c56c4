package org.l2tpdoctor.report;

import org.l2tpdoctor.text.TerminalText;

import org.l2tpdoctor.text.Secrets;

import java.util.Map;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;

/** One row as a single line, RouterOS style, secrets masked and made terminal-safe. */
public final class RowText {
    private RowText() {
    }

    public static String of(Row row) {
        if (row.menu().equals(Menus.LOG.path())) {
            return TerminalText.safe(row.get("time") + " " + row.get("topics") + " " + Secrets.text(row.get("message")));
        }
        StringBuilder s = new StringBuilder(row.menu());
        if (row.id() != null) {
            s.append(" #").append(row.id());
        }
        if (!row.flags().isEmpty()) {
            s.append(" [").append(String.join(",", row.flags())).append(']');
        }
        for (Map.Entry<String, String> e : row.properties().entrySet()) {
            if (e.getKey().startsWith(".")) {
                continue;
            }
            s.append(' ').append(e.getKey()).append('=').append(quote(Secrets.value(e.getKey(), e.getValue())));
        }
        if (row.comment() != null && !row.comment().isBlank()) {
            s.append(" ;;; ").append(Secrets.text(row.comment()));
        }
        return TerminalText.safe(s.toString());
    }

    private static String quote(String value) {
        if (value == null || value.isEmpty()) {
            return "\"\"";
        }
        return value.contains(" ") || value.contains("\"") ? "\"" + value.replace("\"", "\\\"") + "\"" : value;
    }
}
