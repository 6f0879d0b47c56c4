package org.l2tpdoctor.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.l2tpdoctor.report.Style;
import org.l2tpdoctor.report.SymptomSection;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.SymptomMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code symptom TEXT}: from the user's words to the likely causes, checked against the evidence. */
@Command(name = "symptom", mixinStandardHelpOptions = true,
        description = {"Ranks the likely causes of what the user describes.",
            "With evidence, each cause is marked confirmed, ruled out, or not enough data.",
            "Example: symptom second client fails"})
final class SymptomCommand implements Callable<Integer> {
    private final Context context;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The symptom in the user's words.")
    List<String> words;

    SymptomCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String symptom = String.join(" ", words);
        List<SymptomMatcher.Match> matches = SymptomMatcher.rank(symptom, context.session().rules());
        Diagnosis d = context.session().hasEvidence() ? context.session().diagnosis() : null;
        PrintWriter out = context.out();
        SymptomSection.render(symptom, matches, d, new Style(context.run().colour()), out);
        if (d == null && !matches.isEmpty()) {
            out.println();
            out.println("To decide, connect to the router, or paste the output of:");
            SymptomSection.commandsToPaste(matches).forEach(c -> out.println("  " + c));
        }
        return 0;
    }
}
