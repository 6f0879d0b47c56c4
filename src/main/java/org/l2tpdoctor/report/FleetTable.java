package org.l2tpdoctor.report;

import java.io.PrintWriter;
import java.util.List;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.text.TerminalText;

/**
 * A fleet for people: one line per router, then its findings grouped by rule, or (by router) the
 * reports of the routers that are not clean, each in the format's own renderer. The text and
 * Markdown formats share it.
 */
final class FleetTable {
    private FleetTable() {
    }

    /**
     * The routers' reports worst first, like findings: a router that could not be read, then by its most consequential
     * finding (blocking error, error, warning, info), then clean ones; otherwise in the given order.
     */
    static final java.util.Comparator<Report.Member> WORST_FIRST = java.util.Comparator.comparingInt(FleetTable::rank);

    private static int rank(Report.Member m) {
        if (!m.read()) {
            return 0;
        }
        return Consequence.sorted(m.diagnosis().findings()).stream().findFirst()
                .map(f -> Consequence.blocking(f) ? 1 : 4 - Consequence.level(f).ordinal()).orElse(5);
    }

    static void render(Renderer each, boolean verbose, Report.Fleet fleet, PrintWriter out) {
        // the table keeps the given order (an inventory to scan by name); the reports below it go worst first
        List<Report.Member> all = fleet.routers();
        out.println(table(all));
        if (!fleet.byRouter()) {
            out.println();
            FindingGroups.print(FindingGroups.of(Monitored.of(fleet), Level.INFO), out);
            return;
        }
        // a clean router's whole report is its table line; 200 of them would bury the ones that are not
        List<Report.Member> detailed = (verbose ? all : all.stream().filter(r -> r.exitCode() != 0).toList())
                .stream().sorted(WORST_FIRST).toList();
        if (detailed.size() < all.size()) {
            out.println();
            out.println((all.size() - detailed.size()) + " clean router(s): their reports are not shown (-v shows them)");
        }
        for (Report.Member r : detailed) {
            out.println();
            out.println("=== " + TerminalText.safe(r.provenance().source()) + " ===");
            if (!r.read()) {
                r.provenance().problems().forEach(p -> out.println("  " + TerminalText.safe(p)));
            } else {
                each.router(new Report.Router(r.diagnosis(), r.exitCode()), out);
            }
        }
    }

    /** The RESULT column fits every word: "clean", "findings", "incomplete" and each {@link Unread}. */
    private static final String ROW = "%-28s %-18s %-" + Math.max("incomplete".length(), Unread.widest()) + "s %5s %5s  %s%n";

    static String table(List<Report.Member> lines) {
        StringBuilder out = new StringBuilder(String.format(ROW,
                "ROUTER", "ROUTEROS", "RESULT", "ERR", "WARN", "FIRST FINDING / PROBLEM"));
        for (Report.Member l : lines) {
            String label = TerminalText.safe(l.provenance().source());
            if (!l.read()) {
                out.append(String.format(ROW, label, "-", l.unread().word(), "-", "-",
                        TerminalText.safe(l.provenance().problems().isEmpty() ? "" : l.provenance().problems().get(0))));
                continue;
            }
            Diagnosis d = l.diagnosis();
            long errors = d.findings().stream().filter(f -> f.level() == Level.ERROR).count();
            long warnings = d.findings().stream().filter(f -> f.level() == Level.WARNING).count();
            String result = !l.provenance().complete() ? "incomplete"
                    : l.exitCode() == ExitCodes.FINDINGS ? "findings" : "clean";
            String first = Consequence.sorted(d.findings()).stream().findFirst().map(Outcome.Finding::rule)
                    .map(r -> r.id() + " " + r.title()).orElse("");
            String version = d.snapshot().version().known() ? d.snapshot().version().text() : "?";
            out.append(String.format(ROW, label, TerminalText.safe(version), result,
                    errors, warnings, first));
        }
        return out.toString().stripTrailing();
    }
}
