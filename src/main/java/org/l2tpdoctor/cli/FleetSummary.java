package org.l2tpdoctor.cli;

import java.util.List;
import org.l2tpdoctor.engine.ExitCodes;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.text.TerminalText;

/** The one-line-per-router table at the top of a fleet check. */
final class FleetSummary {
    record Line(Collection collection, Diagnosis diagnosis, int code) {
    }

    private FleetSummary() {
    }

    static String table(List<Line> lines) {
        StringBuilder out = new StringBuilder(String.format("%-28s %-18s %-11s %5s %5s  %s%n",
                "ROUTER", "ROUTEROS", "RESULT", "ERR", "WARN", "FIRST FINDING / PROBLEM"));
        for (Line l : lines) {
            String label = TerminalText.safe(l.collection().label());
            if (l.diagnosis() == null) {
                out.append(String.format("%-28s %-18s %-11s %5s %5s  %s%n", label, "-", "unreachable", "-", "-",
                        TerminalText.safe(l.collection().problems().isEmpty() ? "" : l.collection().problems().get(0))));
                continue;
            }
            Diagnosis d = l.diagnosis();
            long errors = d.findings().stream().filter(f -> f.level() == Level.ERROR).count();
            long warnings = d.findings().stream().filter(f -> f.level() == Level.WARNING).count();
            String result = !l.collection().result().complete() ? "incomplete"
                    : l.code() == ExitCodes.FINDINGS ? "findings" : "clean";
            String first = d.findings().stream().findFirst().map(Outcome.Finding::rule)
                    .map(r -> r.id() + " " + r.title()).orElse("");
            String version = d.snapshot().version().known() ? d.snapshot().version().text() : "?";
            out.append(String.format("%-28s %-18s %-11s %5d %5d  %s%n", label, TerminalText.safe(version), result,
                    errors, warnings, first));
        }
        return out.toString().stripTrailing();
    }
}
