package org.l2tpdoctor.report;

import org.l2tpdoctor.text.Figures;
import org.l2tpdoctor.text.TerminalText;

import org.l2tpdoctor.text.Secrets;

import java.io.PrintWriter;
import java.util.List;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.Provenance;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * The human report: what was read, a checklist of every rule (failed, passed, could not check),
 * then each finding with its evidence, why, fix and verification.
 */
public final class TextReport implements Renderer {
    private final Style style;
    /** Evidence lines printed per finding without -v: the most recent ones. */
    static final int MAX_EVIDENCE = 20;

    private final boolean verbose;

    public TextReport(Style style, boolean verbose) {
        this.style = style;
        this.verbose = verbose;
    }

    /** The user's symptom first, when one was given, then the report. */
    @Override
    public void router(Report.Router report, PrintWriter out) {
        Diagnosis d = report.diagnosis();
        if (d.symptom() != null) {
            SymptomSection.render(d, style, out);
            out.println();
        }
        render(d, out);
    }

    @Override
    public void fleet(Report.Fleet report, PrintWriter out) {
        FleetTable.render(this, verbose, report, out);
    }

    @Override
    public boolean showsParsed() {
        return true;
    }

    @Override
    public void parsed(Report.Parsed report, PrintWriter out) {
        ParsedText.render(report.snapshot(), out);
    }

    /** With a provenance, the header says which router was read and whether the reading was complete. */
    public void render(Diagnosis d, PrintWriter out) {
        header(d.snapshot(), out);
        Provenance provenance = d.provenance();
        if (provenance != null) {
            out.println("Collected from " + TerminalText.safe(provenance.source()) + " over SSH (read-only): "
                    + provenance.commands() + " command(s) answered"
                    + (provenance.complete() ? "" : style.red(" — INCOMPLETE, the checks below use what was collected")));
            provenance.problems().forEach(p -> out.println("  " + style.yellow("problem") + " " + TerminalText.safe(p)));
        }
        out.println();
        out.println(style.bold("Checks"));
        int width = d.outcomes().stream().mapToInt(o -> o.rule().id().length()).max().orElse(12) + 1;
        // what needs attention first: failures by level, then what could not be checked, then the rest
        List<Outcome> ordered = d.outcomes().stream().sorted(java.util.Comparator.comparingInt(TextReport::rank)).toList();
        long passed = ordered.stream().filter(o -> o instanceof Outcome.Passed).count();
        for (Outcome o : ordered) {
            if (o instanceof Outcome.Passed && !verbose) {
                continue;
            }
            out.println("  " + checkLine(o, width));
        }
        if (!verbose && passed > 0) {
            out.println("  " + style.green("ok  ") + "  " + passed + " other check(s) passed" + style.dim(" (-v lists them)"));
        }
        Timeline.render(d.snapshot(), style, out);
        for (Outcome.Finding f : d.findings().stream().sorted(java.util.Comparator.comparingInt(TextReport::rank)).toList()) {
            out.println();
            finding(f, out);
        }
        out.println();
        out.println(summary(d));
        out.flush();
    }

    void header(Snapshot s, PrintWriter out) {
        StringBuilder router = new StringBuilder("Router: ");
        router.append(s.version().known() ? "RouterOS " + s.version().text() + " (" + s.version().evidence() + ")"
                : "RouterOS version not shown in the input");
        s.identity().ifPresent(id -> router.append(", identity ").append(TerminalText.safe(id)));
        out.println(style.bold("l2tpdoctor diagnosis"));
        out.println(router);
        out.println(Coverage.line(s));
        s.sections().stream().filter(sec -> "/unknown".equals(sec.menu())).forEach(sec -> out.println(
                style.yellow("  note") + " the print at " + TerminalText.safe(sec.origin().toString())
                        + " matches no menu l2tpdoctor knows: paste it with its prompt so its menu is known"));
        if (s.eventsSeen() > s.events().size()) {
            out.println("Log: analysed the " + Figures.grouped(s.events().size()) + " most recent of "
                    + Figures.grouped(s.eventsSeen()) + " ipsec/l2tp/ppp records (--log-window)");
        }
        if (verbose) {
            s.sections().forEach(sec -> out.println("  " + TerminalText.safe(sec.origin().toString()) + "  " + sec.kind()
                    + (sec.menu() != null ? " " + sec.menu() : "")
                    + (sec.command() != null ? "  (" + TerminalText.safe(sec.command()) + ")" : "")
                    + "  " + sec.understood() + "/" + sec.lines() + " lines"));
            for (ParseWarning w : s.warnings()) {
                out.println("  " + style.yellow("warning") + " " + TerminalText.safe(Secrets.text(w.toString())));
                out.println("      " + TerminalText.safe(Secrets.text(abbreviate(w.text()))));
            }
        } else if (!s.warnings().isEmpty()) {
            out.println(style.dim("  (-v lists the sections and the lines not understood)"));
        }
    }

    private static int rank(Outcome o) {
        if (o instanceof Outcome.Finding f) {
            // a blocking cause first, then error 0, warning 1, info 2
            return f.rule().blocking() && f.level() == Level.ERROR ? -1 : 2 - f.level().ordinal();
        }
        return o instanceof Outcome.NotChecked ? 3 : 4;
    }

    private String checkLine(Outcome o, int width) {
        String id = Figures.padRight(o.rule().id(), width);
        if (o instanceof Outcome.Finding f) {
            String mark = f.level() == Level.ERROR ? style.red("FAIL") : f.level() == Level.WARNING
                    ? style.yellow("WARN") : "INFO";
            return mark + "  " + id + " " + o.rule().title();
        }
        if (o instanceof Outcome.NotChecked n) {
            return style.dim("n/a ") + "  " + id + " " + o.rule().title()
                    + style.dim(" — not enough data: paste " + String.join(", ", n.commands()));
        }
        return style.green("ok  ") + "  " + id + " " + o.rule().title();
    }

    private void finding(Outcome.Finding f, PrintWriter out) {
        String level = f.level().label().toUpperCase(java.util.Locale.ROOT);
        String colored = f.level() == Level.ERROR ? style.red(level) : style.yellow(level);
        out.println(style.bold(colored + " " + f.rule().id() + "  " + f.rule().title()));
        if (!f.because().isEmpty()) {
            out.println("  " + style.dim(level.toLowerCase(java.util.Locale.ROOT) + " because " + f.because()));
        }
        MostRecent<Row> evidence = MostRecent.evidence(f.evidence(), verbose ? -1 : MAX_EVIDENCE);
        List<String> lines = new java.util.ArrayList<>();
        if (evidence.omitted() > 0) {
            lines.add(style.dim("(" + evidence.omitted() + " earlier evidence lines not shown; -v shows all, --format json has all)"));
        }
        evidence.shown().forEach(row -> lines.add(evidenceLine(row)));
        section(out, "Evidence", lines);
        section(out, "Why", List.of(f.rule().why().split("\n")));
        section(out, "Fix", List.of(f.fix().split("\n")));
        section(out, "Verify", f.rule().verify());
        section(out, "On the client", f.rule().client());
        if (!f.rule().references().isEmpty()) {
            out.println("  " + style.dim("See: " + String.join("; ", f.rule().references())));
        }
    }

    private String evidenceLine(Row row) {
        return style.dim(TerminalText.safe(row.origin().toString())) + "  " + RowText.of(row);
    }

    private void section(PrintWriter out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println("  " + style.bold(title));
        lines.forEach(l -> out.println("    " + l));
    }

    private static String summary(Diagnosis d) {
        long errors = d.findings().stream().filter(f -> f.level() == Level.ERROR).count();
        long warnings = d.findings().stream().filter(f -> f.level() == Level.WARNING).count();
        long passed = d.outcomes().stream().filter(o -> o instanceof Outcome.Passed).count();
        long unknown = d.outcomes().stream().filter(o -> o instanceof Outcome.NotChecked).count();
        return "Summary: " + errors + " error(s), " + warnings + " warning(s), " + passed + " passed, "
                + unknown + " not checked (not enough data).";
    }


    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
