package org.l2tpdoctor.report;

import org.l2tpdoctor.text.TerminalText;

import java.io.PrintWriter;
import java.util.List;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.rules.SymptomMatcher;

/** {@code --format markdown}: the report for a ticket or a forum post. */
public final class MarkdownReport implements Renderer {
    /** For a fleet: also the clean routers' reports. */
    private final boolean verbose;

    public MarkdownReport() {
        this(false);
    }

    public MarkdownReport(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public void router(Report.Router report, PrintWriter out) {
        render(report.diagnosis(), out);
    }

    @Override
    public void fleet(Report.Fleet report, PrintWriter out) {
        FleetTable.render(this, verbose, report, out);
    }

    public void render(Diagnosis d, PrintWriter out) {
        Snapshot s = d.snapshot();
        out.println("## l2tpdoctor diagnosis");
        out.println();
        out.println("- Router: " + (s.version().known() ? "RouterOS " + md(s.version().text()) : "RouterOS version not shown")
                + s.identity().map(id -> ", identity " + md(id)).orElse(""));
        out.println("- " + md(Coverage.line(s)));
        if (d.symptom() != null) {
            symptom(d, out);
        }
        out.println();
        out.println("| check | rule | title |");
        out.println("|---|---|---|");
        for (Outcome o : d.outcomes()) {
            String status = o instanceof Outcome.Finding f ? "**" + f.level().label() + "**"
                    : o instanceof Outcome.Passed ? "ok" : "not enough data";
            out.println("| " + status + " | " + o.rule().id() + " | " + md(o.rule().title()) + " |");
        }
        List<Row> attempts = s.rows(Timeline.MENU).stream().filter(a -> !"likely".equals(a.get("scanner-noise"))).toList();
        if (!attempts.isEmpty()) {
            out.println();
            out.println("### Client stories");
            out.println();
            out.println("```");
            MostRecent<Row> stories = MostRecent.of(attempts, Timeline.MAX_SHOWN);
            if (stories.omitted() > 0) {
                out.println("(" + stories.omitted() + " earlier attempts not shown; --format json has all)");
            }
            for (Row a : stories.shown()) {
                out.println(fence(a.get("address") + (a.get("port") != null ? ":" + a.get("port") : "")
                        + (a.get("user") != null ? " " + a.get("user") : "") + "  " + a.get("result")
                        + (a.get("reason") != null ? ": " + a.get("reason") : "")));
                out.println("    " + fence(a.get("timeline")));
            }
            out.println("```");
        }
        for (Outcome.Finding f : d.findings()) {
            out.println();
            out.println("### " + f.level().label().toUpperCase(java.util.Locale.ROOT) + " " + f.rule().id()
                    + ": " + md(f.rule().title()));
            out.println();
            out.println("Evidence:");
            out.println();
            out.println("```");
            MostRecent<Row> evidence = MostRecent.evidence(f.evidence(), TextReport.MAX_EVIDENCE);
            if (evidence.omitted() > 0) {
                out.println("(" + evidence.omitted() + " earlier evidence lines not shown; --format json has all)");
            }
            evidence.shown().forEach(r -> out.println(fence(r.origin() + "  " + RowText.of(r))));
            out.println("```");
            out.println();
            out.println(md(f.rule().why()));
            out.println();
            out.println("Fix:");
            out.println();
            out.println("```");
            out.println(fence(f.fix()));
            out.println("```");
            if (!f.rule().verify().isEmpty()) {
                out.println();
                out.println("Verify:");
                out.println();
                out.println("```");
                f.rule().verify().forEach(v -> out.println(fence(v)));
                out.println("```");
            }
            if (!f.rule().client().isEmpty()) {
                out.println();
                out.println("On the client:");
                out.println();
                f.rule().client().forEach(c -> out.println("- " + md(c)));
            }
        }
        out.flush();
    }

    /** "Your symptom": the causes the user's words point at, each with what the evidence said of it. */
    private static void symptom(Diagnosis d, PrintWriter out) {
        out.println();
        out.println("### Your symptom: \"" + md(d.symptom().words()) + "\"");
        out.println();
        List<SymptomMatcher.Match> shown = SymptomSection.shown(d.symptom());
        if (shown.isEmpty()) {
            out.println("No rule lists this symptom; every check below still ran.");
            return;
        }
        int n = 1;
        for (SymptomMatcher.Match m : shown) {
            Outcome o = d.outcomeOf(m.rule().id());
            String status = o instanceof Outcome.Finding ? "**confirmed** by the evidence below"
                    : o instanceof Outcome.Passed ? "ruled out by the evidence"
                    : o instanceof Outcome.NotChecked nc ? "not enough data: paste " + nc.commands().stream()
                            .map(c -> "`" + fence(c).replace("`", "'") + "`").collect(java.util.stream.Collectors.joining(", "))
                    : "not evaluated";
            out.println(n++ + ". " + m.rule().id() + ": " + md(m.rule().title()) + " — " + status);
        }
    }

    /** Text in Markdown prose: terminal-safe, with Markdown's active characters escaped. */
    private static String md(String text) {
        return TerminalText.safe(text).replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }

    /** Text inside a code fence: terminal-safe, and it cannot close the fence. */
    private static String fence(String text) {
        return TerminalText.safe(text).replace("```", "ʼʼʼ");
    }
}
