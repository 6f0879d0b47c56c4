package org.l2tpdoctor.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * What every format puts first, decided once: the verdict, the findings in the order of their
 * consequence, the one fix plan, the checks afterwards with their counts, and what could not be
 * checked. Text, Markdown, JSON and the fix script all render this, so they cannot disagree.
 */
public record Answer(List<String> verdict, List<Outcome.Finding> findings, FixPlan plan,
                     List<Afterwards.Check> afterwards, int clients, long passed, List<Outcome.NotChecked> notChecked) {

    /** Findings a verdict names at most; the rest are counted. */
    private static final int NAMED = 3;

    public static Answer of(Diagnosis d) {
        List<Outcome.Finding> findings = Consequence.sorted(d.findings());
        FixPlan plan = FixPlan.of(findings);
        int clients = Afterwards.clients(d.snapshot());
        long passed = d.outcomes().stream().filter(o -> o instanceof Outcome.Passed).count();
        List<Outcome.NotChecked> notChecked = d.outcomes().stream().filter(o -> o instanceof Outcome.NotChecked)
                .map(o -> (Outcome.NotChecked) o).toList();
        return new Answer(verdict(d, findings, passed), findings, plan, Afterwards.of(plan, clients), clients, passed,
                notChecked);
    }

    /** Errors and warnings: what needs a change. Info findings are notes. */
    public List<Outcome.Finding> problems() {
        return findings.stream().filter(f -> Consequence.level(f) != Level.INFO).toList();
    }

    public List<Outcome.Finding> notes() {
        return findings.stream().filter(f -> Consequence.level(f) == Level.INFO).toList();
    }

    /**
     * One to three lines: "Healthy: 3 clients connected, 50 checks passed." or what is wrong, most
     * consequential first.
     */
    static List<String> verdict(Diagnosis d, List<Outcome.Finding> findings, long passed) {
        List<Outcome.Finding> problems = findings.stream().filter(f -> Consequence.level(f) != Level.INFO).toList();
        List<String> lines = new ArrayList<>();
        if (problems.isEmpty()) {
            int connected = Afterwards.connected(d.snapshot());
            lines.add("Healthy: " + (connected >= 0 ? Afterwards.plural(connected, "client") + " connected, " : "")
                    + Afterwards.plural((int) passed, "check") + " passed"
                    + (findings.isEmpty() ? "." : "; " + Afterwards.plural(findings.size(), "note") + " below, nothing to change."));
            int unread = d.snapshot().warnings().size();
            if (unread > 0) {
                // a line not read may hold the setting that decides (use-ipsec: requird): say the verdict's limit
                lines.add("As far as read: " + Afterwards.plural(unread, "line") + " of the input could not be read"
                        + " (-v lists them); what they set counts as unknown.");
            }
            return lines;
        }
        long errors = problems.stream().filter(f -> Consequence.level(f) == Level.ERROR).count();
        long warnings = problems.size() - errors;
        String counts = (errors > 0 ? Afterwards.plural((int) errors, "error") : "")
                + (errors > 0 && warnings > 0 ? " and " : "") + (warnings > 0 ? Afterwards.plural((int) warnings, "warning") : "");
        Outcome.Finding first = problems.get(0);
        String because = first.because().isEmpty() ? "" : " — " + first.because();
        lines.add(counts + ". " + Consequence.label(first).substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + Consequence.label(first).substring(1) + ": " + first.rule().title() + because + ".");
        Set<String> titles = new LinkedHashSet<>();
        problems.stream().skip(1).limit(NAMED - 1).forEach(f -> titles.add(f.rule().title()));
        if (!titles.isEmpty()) {
            int more = problems.size() - 1 - titles.size();
            lines.add("Also: " + String.join("; ", titles) + (more > 0 ? "; and " + more + " more below." : "."));
        }
        return lines;
    }

    /** "1 check needs more data — paste: /system ntp client print detail", or null when every check ran. */
    public String notCheckedLine() {
        if (notChecked.isEmpty()) {
            return null;
        }
        Set<String> commands = new LinkedHashSet<>();
        notChecked.forEach(n -> commands.addAll(n.commands()));
        return Afterwards.plural(notChecked.size(), "check needs", "checks need") + " more data — paste: "
                + String.join(", ", commands);
    }
}
