package org.l2tpdoctor.report;

import org.l2tpdoctor.text.Figures;
import org.l2tpdoctor.text.TerminalText;

import java.io.PrintWriter;
import java.util.List;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.rules.SymptomMatcher;

/** "Your symptom": the rules the user's words point at, each confirmed, ruled out or undecided. */
public final class SymptomSection {
    private static final int SHOWN = 8;

    /** The commands whose output would decide between the causes shown, each once. */
    public static List<String> commandsToPaste(List<SymptomMatcher.Match> matches) {
        return matches.stream().limit(SHOWN).flatMap(m -> m.rule().selections().values().stream())
                .map(q -> org.l2tpdoctor.rules.MenuCommands.printCommand(q.menu())).distinct().toList();
    }

    private SymptomSection() {
    }

    public static void render(String symptom, List<SymptomMatcher.Match> matches, Diagnosis d, Style style,
                              PrintWriter out) {
        out.println(style.bold("Your symptom: ") + "\"" + TerminalText.safe(symptom) + "\"");
        if (matches.isEmpty()) {
            out.println("  No rule lists this symptom; every check below still ran. 'l2tpdoctor rules list' shows what is known.");
            return;
        }
        int n = 1;
        for (SymptomMatcher.Match m : matches.stream().limit(SHOWN).toList()) {
            Outcome o = outcome(d, m);
            String status = o instanceof Outcome.Finding ? style.red("CONFIRMED by the evidence below")
                    : o instanceof Outcome.Passed ? style.green("ruled out by the evidence")
                    : o instanceof Outcome.NotChecked nc ? style.yellow("not enough data: paste " + String.join(", ", nc.commands()))
                    : style.dim("not evaluated");
            out.println("  " + n++ + ". " + Figures.padRight(m.rule().id(), 16) + " " + m.rule().title());
            out.println("     " + status);
        }
    }

    private static Outcome outcome(Diagnosis d, SymptomMatcher.Match m) {
        return d == null ? null : d.outcomes().stream().filter(o -> o.rule().id().equals(m.rule().id()))
                .findFirst().orElse(null);
    }
}
