package org.l2tpdoctor.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalText;

/** {@code parse} as text: the tables with their rows, the log events, the lines not understood, the coverage. */
final class ParsedText {
    private ParsedText() {
    }

    static void render(Snapshot s, PrintWriter out) {
        out.println("RouterOS: " + (s.version().known() ? s.version().text() + " (" + s.version().evidence() + ")"
                : "version not shown"));
        s.identity().ifPresent(id -> out.println("Identity: " + TerminalText.safe(id)));
        for (Map.Entry<String, List<Row>> e : s.tables().entrySet()) {
            out.println();
            out.println(e.getKey() + " (" + e.getValue().size() + " rows)");
            for (Row r : e.getValue()) {
                out.println("  " + TerminalText.safe(r.origin().toString()) + "  " + RowText.of(r));
            }
        }
        if (!s.events().isEmpty()) {
            out.println();
            out.println(Menus.LOG.path() + " (" + s.events().size() + " events)");
            s.events().forEach(ev -> out.println("  " + TerminalText.safe(ev.origin().toString()) + "  "
                    + TerminalText.safe(ev.time().text()) + "  " + String.join(",", ev.topics()) + "  "
                    + TerminalText.safe(Secrets.text(ev.message()))));
        }
        out.println();
        for (ParseWarning w : s.warnings()) {
            out.println("warning: " + WarningText.where(w));
            out.println("    " + TerminalText.safe(Secrets.text(w.text())));
        }
        out.println(Coverage.line(s));
    }
}
