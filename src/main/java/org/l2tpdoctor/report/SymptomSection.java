package org.l2tpdoctor.report;

import java.io.PrintWriter;
import java.util.List;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.MenuCommands;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.rules.SymptomMatcher;
import org.l2tpdoctor.rules.SymptomRanking;
import org.l2tpdoctor.text.Figures;
import org.l2tpdoctor.text.TerminalText;

/** "Your symptom": the rules the user's words point at, each confirmed, ruled out or undecided. */
public final class SymptomSection {
    static final int SHOWN = 8;

    /** The commands whose output would decide between the causes shown, each once. */
    public static List<String> commandsToPaste(List<SymptomMatcher.Match> matches) {
        return matches.stream().limit(SHOWN).flatMap(m -> m.rule().selections().values().stream())
                .map(q -> MenuCommands.printCommand(q.menu())).distinct().toList();
    }

    private SymptomSection() {
    }

    /** The causes shown: the best matches, at most {@value #SHOWN}. */
    static List<SymptomMatcher.Match> shown(SymptomRanking ranking) {
        return ranking.matches().stream().limit(SHOWN).toList();
    }

    private static int weight(Outcome o) {
        return o instanceof Outcome.Finding ? 0 : o instanceof Outcome.Passed ? 2 : 1;
    }

    /** The section of a diagnosis that was given a symptom. */
    static void render(Diagnosis d, Style style, PrintWriter out) {
        render(d.symptom().words(), d.symptom().matches(), d, style, out);
    }

    /** {@code d}: the diagnosis to check the causes against, or null when there is no evidence. */
    public static void render(String symptom, List<SymptomMatcher.Match> matches, Diagnosis d, Style style,
                              PrintWriter out) {
        out.println(style.bold("Your symptom: ") + "\"" + TerminalText.safe(symptom) + "\"");
        if (matches.isEmpty()) {
            out.println("  No rule lists this symptom; every check below still ran. 'l2tpdoctor rules list' shows what is known.");
            return;
        }
        int n = 1;
        // what the evidence confirms comes first, then what it cannot decide, then what it rules out
        List<SymptomMatcher.Match> ordered = d == null ? matches : matches.stream()
                .sorted(java.util.Comparator.comparingInt(m -> weight(d.outcomeOf(m.rule().id())))).toList();
        for (SymptomMatcher.Match m : ordered.stream().limit(SHOWN).toList()) {
            Outcome o = d == null ? null : d.outcomeOf(m.rule().id());
            String status = o instanceof Outcome.Finding ? style.red("CONFIRMED by the evidence below")
                    : o instanceof Outcome.Passed ? style.green("ruled out by the evidence")
                    : o instanceof Outcome.NotChecked nc ? style.yellow("not enough data: paste " + String.join(", ", nc.commands()))
                    : style.dim("not evaluated");
            out.println("  " + n++ + ". " + Figures.padRight(m.rule().id(), 16) + " " + m.rule().title());
            out.println("     " + status);
        }
    }
}
