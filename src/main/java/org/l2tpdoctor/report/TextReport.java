package org.l2tpdoctor.report;

import org.l2tpdoctor.text.Figures;
import org.l2tpdoctor.text.TerminalText;

import org.l2tpdoctor.text.Secrets;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.Provenance;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * The human report, answer first: the verdict, one fix plan, what to check afterwards, then the
 * details by consequence. Compact by default (the rows' properties that matter, the checks that
 * lack data in one line); -v adds every check and each finding's full evidence, why, fix and verify.
 */
public final class TextReport implements Renderer {
    private final Style style;
    /** Evidence lines printed per finding without -v: the most recent ones. */
    static final int MAX_EVIDENCE = 2;

    private final boolean verbose;
    /** The reason the previous compact finding gave. */
    private String lastBecause;

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

    /**
     * The answer first: the verdict, the plan, what to check afterwards; then the clients' stories
     * and the details, most consequential first. Compact by default; -v adds every check, full
     * evidence rows, why, fix and verify for each finding.
     */
    public void render(Diagnosis d, PrintWriter out) {
        Answer answer = Answer.of(d);
        lastBecause = null;
        header(d, out);
        out.println();
        for (int i = 0; i < answer.verdict().size(); i++) {
            String line = answer.verdict().get(i);
            out.println(i == 0 ? style.bold(answer.problems().isEmpty() ? style.green(line)
                    : Consequence.level(answer.problems().get(0)) == Level.ERROR ? style.red(line) : style.yellow(line)) : line);
        }
        if (!answer.plan().isEmpty()) {
            out.println();
            out.println(style.bold("Do this first") + style.dim(" (the same plan as --fix-script FILE.rsc; review it, then paste it)"));
            out.println("  /export file=before-l2tpdoctor");
            answer.plan().scriptLines().forEach(l -> out.println("  " + (l.startsWith("#") ? style.dim(l) : l)));
            afterwards(answer, out);
        }
        // rows shown once, by identity as RuleEngine de-duplicates evidence: hashing a record's
        // components would bootstrap ObjectMethods on every cold start (~15 ms) and hash whole rows
        Set<Row> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        shown.addAll(Timeline.render(d.snapshot(), style, verbose, out));
        if (verbose) {
            checks(d, out);
        }
        if (!answer.problems().isEmpty()) {
            out.println();
            out.println(style.bold("Details") + style.dim(verbose ? "" : " (-v: full rows, why, fix and verify)"));
            for (Outcome.Finding f : answer.problems()) {
                if (verbose) {
                    out.println();
                    finding(f, out);
                } else {
                    compact(f, shown, out);
                }
            }
        }
        if (!answer.notes().isEmpty()) {
            out.println();
            out.println(style.bold("Notes") + style.dim(" — client-side or latent, nothing to change on the router now"
                    + (verbose ? "" : " (-v explains each)")));
            for (Outcome.Finding f : answer.notes()) {
                if (verbose) {
                    out.println();
                    finding(f, out);
                } else {
                    out.println("INFO " + f.rule().id() + "  " + f.rule().title()
                            + (f.because().isEmpty() ? "" : style.dim(" — " + f.because())));
                }
            }
        }
        out.println();
        out.println(summary(d, answer));
        // a check that passed only because a fact stayed undecided says what would decide it
        Undecided.of(d).forEach(c -> out.println(style.yellow("  undecided ") + c.text()));
        out.flush();
    }

    private void afterwards(Answer answer, PrintWriter out) {
        List<Afterwards.Check> checks = answer.afterwards().stream()
                .filter(c -> verbose || !c.expect().isEmpty()).toList();
        if (checks.isEmpty()) {
            return;
        }
        out.println(style.bold("Check afterwards") + (answer.clients() >= 0
                ? style.dim(" (" + Afterwards.plural(answer.clients(), "client") + ": SA pairs = PPP sessions = policies = clients)") : ""));
        int width = checks.stream().mapToInt(c -> c.command().length()).max().orElse(0) + 2;
        for (Afterwards.Check c : checks) {
            out.println("  " + (c.expect().isEmpty() ? c.command() : Figures.padRight(c.command(), width) + style.dim(c.expect())));
        }
    }

    /**
     * A finding in a few lines: title, why it is at its level, the evidence rows not shown above
     * (those with an offending value first), and how many more there are, on the last line.
     */
    private void compact(Outcome.Finding f, Set<Row> shown, PrintWriter out) {
        out.println(mark(f) + " " + style.bold(f.rule().id() + "  " + f.rule().title()));
        String because = !f.because().isEmpty() ? f.because() : firstSentence(References.scrub(f.rule().why()));
        List<String> lines = new ArrayList<>();
        if (!because.equals(lastBecause)) {
            // a second finding for the same reason (two settings behind one failure) does not say it again
            lines.add("    " + style.dim("because ") + because);
        }
        lastBecause = because;
        if (f.fix().contains("see \"On the client\"") && !f.rule().client().isEmpty()) {
            // nothing to change on the router: what to do is on the client, so say it here
            lines.add("    " + style.bold("on the client: ") + References.scrub(f.rule().client().get(0))
                    + (f.rule().client().size() > 1 ? style.dim("  (-v: " + (f.rule().client().size() - 1) + " more)") : ""));
        }
        // a finding's evidence is already distinct (RuleEngine)
        List<Row> fresh = f.evidence().stream().filter(r -> !shown.contains(r)).toList();
        int above = (int) f.evidence().stream().filter(shown::contains).count();
        CompactRow rows = new CompactRow(f, style.enabled() ? style::bold : s -> "*" + s + "*");
        List<Row> offending = fresh.stream().filter(rows::offending).limit(MAX_EVIDENCE).toList();
        List<Row> picked = new ArrayList<>(offending);
        if (offending.size() < MAX_EVIDENCE) {
            picked.addAll(MostRecent.evidence(fresh.stream().filter(r -> !offending.contains(r)).toList(),
                    MAX_EVIDENCE - offending.size()).shown());
        }
        picked.forEach(r -> lines.add("    " + style.dim(TerminalText.safe(r.origin().toString())) + "  " + rows.of(r)));
        shown.addAll(picked);
        int omitted = fresh.size() - picked.size();
        List<String> more = new ArrayList<>();
        if (omitted > 0) {
            more.add(omitted + " more evidence lines: -v shows all, --format json has all");
        }
        if (above > 0) {
            more.add(Afterwards.plural(above, "row") + " shown above");
        }
        if (!more.isEmpty()) {
            if (lines.isEmpty()) {
                lines.add("   ");
            }
            int last = lines.size() - 1;
            lines.set(last, lines.get(last) + style.dim("  (" + String.join("; ", more) + ")"));
        }
        lines.forEach(out::println);
    }

    private String mark(Outcome.Finding f) {
        String label = Consequence.label(f).toUpperCase(Locale.ROOT);
        return Consequence.level(f) == Level.ERROR ? style.red(label) : Consequence.level(f) == Level.WARNING
                ? style.yellow(label) : label;
    }

    /** The text up to the first full stop that ends a sentence: outside quotes, a capital letter next. */
    static String firstSentence(String text) {
        String flat = text.replace('\n', ' ').strip();
        boolean quoted = false;
        for (int i = 0; i + 2 < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted && flat.charAt(i + 1) == ' ' && Character.isUpperCase(flat.charAt(i + 2))
                    && flat.charAt(i - 1 < 0 ? 0 : i - 1) != '.') {
                return flat.substring(0, i + 1);
            }
        }
        return flat;
    }

    /** Every check and what it concluded (-v). */
    private void checks(Diagnosis d, PrintWriter out) {
        out.println();
        out.println(style.bold("Checks"));
        int width = d.outcomes().stream().mapToInt(o -> o.rule().id().length()).max().orElse(12) + 1;
        // what needs attention first: failures by consequence, then what could not be checked, then the rest
        List<Outcome> ordered = new ArrayList<>(Consequence.sorted(d.findings()));
        d.outcomes().stream().filter(o -> !(o instanceof Outcome.Finding)).sorted(Comparator.comparingInt(TextReport::rank))
                .forEach(ordered::add);
        ordered.forEach(o -> out.println("  " + checkLine(o, width)));
    }


    /** The first lines: which router, what was read, where it came from. */
    void header(Diagnosis d, PrintWriter out) {
        Snapshot s = d.snapshot();
        out.println(style.bold("l2tpdoctor diagnosis") + " of " + s.identity().map(TerminalText::safe).orElse("a router") + ", "
                + (s.version().known() ? "RouterOS " + s.version().text() + (verbose ? " (" + s.version().evidence() + ")" : "")
                : "RouterOS version not shown in the input"));
        Provenance provenance = d.provenance();
        out.println(Coverage.line(s) + (provenance == null ? "" : ". Collected from " + TerminalText.safe(provenance.source())
                + " over SSH (read-only): " + provenance.commands() + " command(s) answered"
                + (provenance.complete() ? "" : style.red(" — INCOMPLETE, the checks below use what was collected"))));
        if (provenance != null) {
            provenance.problems().forEach(p -> out.println("  " + style.yellow("problem") + " " + TerminalText.safe(p)));
        }
        s.sections().stream().filter(sec -> "/unknown".equals(sec.menu())).forEach(sec -> out.println(
                style.yellow("  note") + " the print at " + TerminalText.safe(sec.origin().toString())
                        + " matches no menu l2tpdoctor knows: paste it with its prompt so its menu is known"));
        // how the input was repaired belongs with how it was read: a reader judges the rest by it
        // (two kinds are notes on what was read, not repairs: a log message quoted in text, two prints that disagree)
        s.rows("/doctor paste-repair").stream().filter(r -> r.get("repair") != null).forEach(r -> out.println(
                style.yellow("yes".equals(r.get("note")) ? "  note " : "  repaired ") + TerminalText.safe(r.get("repair"))));
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
                out.println("  " + style.yellow("warning") + " " + WarningText.where(w));
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
        out.println(style.bold(mark(f) + " " + f.rule().id() + "  " + f.rule().title()));
        if (!f.because().isEmpty()) {
            out.println("  " + style.dim(Consequence.label(f) + " because " + f.because()));
        }
        MostRecent<Row> evidence = MostRecent.evidence(f.evidence(), verbose ? -1 : MAX_EVIDENCE);
        List<String> lines = new java.util.ArrayList<>();
        if (evidence.omitted() > 0) {
            lines.add(style.dim("(" + evidence.omitted() + " earlier evidence lines not shown; -v shows all, --format json has all)"));
        }
        evidence.shown().forEach(row -> lines.add(evidenceLine(row)));
        section(out, "Evidence", lines);
        section(out, "Why", List.of(References.scrub(f.rule().why()).split("\n")));
        section(out, "Fix", List.of(f.fix().split("\n")));
        section(out, "Verify", f.rule().verify());
        section(out, "On the client", f.rule().client().stream().map(References::scrub).toList());
        String see = References.line(f.rule().references());
        if (!see.isEmpty()) {
            out.println("  " + style.dim("See: " + see));
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

    /** The last line: how many checks ran, and in one line what would answer the others. */
    private String summary(Diagnosis d, Answer answer) {
        String line = Afterwards.plural((int) answer.passed(), "check") + " passed" + (verbose ? "" : " (-v lists them)")
                + ", " + Afterwards.plural(answer.findings().size(), "finding") + ".";
        String missing = answer.notCheckedLine();
        return missing == null ? line : line + " " + (verbose ? missing : missing + " (-v lists them)");
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
