package org.l2tpdoctor.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.report.Coverage;
import org.l2tpdoctor.text.TerminalText;

/** Pasted and loaded text joining the evidence, with a line on what was understood of it. */
final class EvidenceIntake {
    private EvidenceIntake() {
    }

    static void add(Context context, List<Capture> captures, String what) throws ShellError {
        Snapshot alone = Pipeline.parse(captures);
        if (alone.isEmpty()) {
            throw new ShellError("nothing in " + what + " looks like RouterOS output (print output, log lines or an"
                    + " /export); not added");
        }
        context.run().commit(() -> context.session().add(captures));
        PrintWriter out = context.out();
        out.println(TerminalText.safe(what) + ": " + Coverage.line(alone));
        for (Map.Entry<String, List<Row>> e : alone.tables().entrySet()) {
            out.println("  " + e.getKey() + " (" + e.getValue().size() + (e.getValue().size() == 1 ? " row)" : " rows)"));
        }
        if (!alone.events().isEmpty()) {
            out.println("  " + Menus.LOG.path() + " (" + alone.events().size() + " events)");
        }
    }
}
