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
    /** Evidence rows per finding: the most recent; JSON has all. */
    static final int MAX_EVIDENCE = 6;
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

    /** Answer first, as in the text report: verdict, plan, checks afterwards, then the details by consequence. */
    public void render(Diagnosis d, PrintWriter out) {
        Snapshot s = d.snapshot();
        Answer answer = Answer.of(d);
        out.println("## l2tpdoctor diagnosis");
        out.println();
        out.println("- Router: " + (s.version().known() ? "RouterOS " + md(s.version().text()) : "RouterOS version not shown")
                + s.identity().map(id -> ", identity " + md(id)).orElse(""));
        out.println("- " + md(Coverage.line(s)));
        out.println();
        out.println("**" + md(answer.verdict().get(0)) + "**");
        answer.verdict().stream().skip(1).forEach(v -> out.println(md(v)));
        if (d.symptom() != null) {
            symptom(d, out);
        }
        if (!answer.plan().isEmpty()) {
            out.println();
            out.println("### Do this first");
            out.println();
            out.println("The same plan as `--fix-script`: review it, then paste it.");
            out.println();
            out.println("```");
            out.println("/export file=before-l2tpdoctor");
            answer.plan().scriptLines().forEach(l -> out.println(fence(l)));
            out.println("```");
            out.println();
            out.println("### Check afterwards" + (answer.clients() >= 0
                    ? " (" + Afterwards.plural(answer.clients(), "client") + ")" : ""));
            out.println();
            out.println("| command | should show |");
            out.println("|---|---|");
            answer.afterwards().forEach(c -> out.println("| `" + fence(c.command()).replace("`", "'").replace("|", "\\|") + "` | "
                    + md(c.expect()) + " |"));
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
        for (Outcome.Finding f : answer.findings()) {
            finding(f, out);
        }
        out.println();
        String missing = answer.notCheckedLine();
        out.println(md(Afterwards.plural((int) answer.passed(), "check") + " passed, "
                + Afterwards.plural(answer.findings().size(), "finding") + "." + (missing == null ? "" : " " + missing)));
        out.flush();
    }

    private static void finding(Outcome.Finding f, PrintWriter out) {
        out.println();
        out.println("### " + Consequence.label(f).toUpperCase(java.util.Locale.ROOT) + " " + f.rule().id()
                + ": " + md(f.rule().title()));
        out.println();
        out.println(md(!f.because().isEmpty() ? Consequence.label(f) + " because " + f.because()
                : TextReport.firstSentence(References.scrub(f.rule().why()))));
        out.println();
        out.println("Evidence:");
        out.println();
        out.println("```");
        MostRecent<Row> evidence = MostRecent.evidence(f.evidence(), MAX_EVIDENCE);
        if (evidence.omitted() > 0) {
            out.println("(" + evidence.omitted() + " earlier evidence lines not shown; --format json has all)");
        }
        CompactRow rows = new CompactRow(f, x -> "*" + x + "*");
        evidence.shown().forEach(r -> out.println(fence(r.origin() + "  " + rows.of(r))));
        out.println("```");
        if (!f.rule().client().isEmpty()) {
            out.println();
            out.println("On the client:");
            out.println();
            f.rule().client().forEach(c -> out.println("- " + md(References.scrub(c))));
        }
        List<References.Reference> refs = References.resolve(f.rule().references());
        if (!refs.isEmpty()) {
            out.println();
            out.println("See: " + String.join("; ", refs.stream().map(r -> r.url() == null ? md(r.title())
                    : "[" + md(r.title().replaceFirst(":$", "")) + "](" + r.url() + ")").toList()));
        }
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
