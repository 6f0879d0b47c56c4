package org.l2tpdoctor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.options.OutputOptions;
import org.l2tpdoctor.parse.SnapshotParser;
import org.l2tpdoctor.report.ExitCodes;
import org.l2tpdoctor.report.Style;
import org.l2tpdoctor.report.SymptomSection;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleSyntaxError;
import org.l2tpdoctor.rules.SymptomMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code l2tpdoctor symptoms "TEXT" [FILE...]}: from the user's words to the likely causes. */
@Command(name = "symptoms",
        mixinStandardHelpOptions = true,
        description = {"Ranks the likely causes of what the user describes.",
            "Says which commands to paste to decide between them; with pastes, each cause",
            "is marked confirmed, ruled out, or not enough data.",
            "", "Example:", "  l2tpdoctor symptoms \"second user in the office cannot connect\" paste.txt", ""},
        footer = {"", "Exit codes: 0 no cause confirmed (or no pastes given), 1 a cause is confirmed,",
            "2 usage or input error."})
final class SymptomsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "TEXT", description = "The symptom in the user's words.")
    String symptom;

    @Parameters(index = "1..*", paramLabel = "FILE|DIR|-", arity = "0..*", description = "Optional pastes to check the causes against.")
    List<String> inputs;

    @Option(names = "--rules", paramLabel = "DIR", description = "Read rules from this folder instead of the built-in ones.")
    Path rulesFolder;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto, always or never.")
    OutputOptions.Color color;

    @Override
    public Integer call() {
        Io io = main.io;
        try {
            List<Rule> rules = Pipeline.rules(rulesFolder);
            List<SymptomMatcher.Match> matches = SymptomMatcher.rank(symptom, rules);
            Diagnosis d = inputs == null || inputs.isEmpty() ? null : diagnose(rules, io);
            OutputOptions colour = new OutputOptions();
            colour.color = color;
            SymptomSection.render(symptom, matches, d, new Style(colour.colour(io)), io.out());
            if (d == null && !matches.isEmpty()) {
                io.out().println();
                io.out().println("Paste the output of these commands (with their prompts) and run 'l2tpdoctor diagnose --symptom ...':");
                SymptomSection.commandsToPaste(matches).forEach(c -> io.out().println("  " + c));
            }
            boolean confirmed = d != null && matches.stream().anyMatch(m -> d.findings().stream()
                    .anyMatch(f -> f.rule().id().equals(m.rule().id())));
            return confirmed ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
        } catch (RuleSyntaxError | InputError e) {
            io.err().println("l2tpdoctor: " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }

    private Diagnosis diagnose(List<Rule> rules, Io io) throws InputError {
        Snapshot s = Pipeline.parseRouterOutput(inputs, InputArguments.read(inputs, io), SnapshotParser.defaultLogWindow());
        return Pipeline.diagnose(s, rules, null, symptom);
    }
}
