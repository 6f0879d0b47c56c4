package org.l2tpdoctor.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.l2tpdoctor.analyze.Analysis;
import org.l2tpdoctor.analyze.Analyze;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.model.Provenance;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.parse.SnapshotParser;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleEngine;
import org.l2tpdoctor.rules.RuleLoader;
import org.l2tpdoctor.rules.RuleSyntaxError;
import org.l2tpdoctor.rules.SymptomRanking;

/** Parse, analyze and judge: the one code path behind diagnose, check and the shell. */
public final class Pipeline {
    private Pipeline() {
    }

    public static Snapshot parse(List<Capture> captures) {
        return new SnapshotParser().parse(captures);
    }

    /** Keeps the {@code logWindow} most recent ipsec/l2tp/ppp log records. */
    public static Snapshot parse(List<Capture> captures, int logWindow) {
        return new SnapshotParser(logWindow).parse(captures);
    }

    /**
     * Parses pastes a command was given; an error, not an empty report, when nothing in them is
     * RouterOS output (a wrong file, an empty folder).
     */
    public static Snapshot parseRouterOutput(List<String> inputs, List<Capture> captures, int logWindow) throws InputError {
        requireSomething(inputs, captures);
        Snapshot snapshot = parse(captures, logWindow);
        if (snapshot.isEmpty()) {
            throw new InputError("nothing in " + names(captures) + " looks like RouterOS output "
                    + "(expected print output, log lines or an /export); run 'l2tpdoctor diagnose --help' for what to paste.");
        }
        return snapshot;
    }

    /** An empty folder or an empty paste is a mistake to report, not a clean result. */
    public static void requireSomething(List<String> inputs, List<Capture> captures) throws InputError {
        if (captures.isEmpty()) {
            throw new InputError(String.join(", ", inputs) + ": no files in it");
        }
        if (captures.stream().allMatch(c -> !c.streamed() && c.text().isBlank())) {
            throw new InputError(names(captures) + " is empty: nothing to read");
        }
    }

    private static String names(List<Capture> captures) {
        List<String> names = captures.stream().map(Capture::source).distinct().toList();
        return names.size() <= 3 ? String.join(", ", names) : names.size() + " inputs";
    }

    public static Diagnosis diagnose(Snapshot snapshot, List<Rule> rules) {
        Analysis analysis = Analyze.run(snapshot);
        return new Diagnosis(analysis, new RuleEngine(rules).evaluate(analysis));
    }

    /**
     * The diagnosis as a report shows it: with where the input was collected ({@code provenance},
     * null for a paste) and the causes the user's {@code symptom} points at (null or blank: none).
     */
    public static Diagnosis diagnose(Snapshot snapshot, List<Rule> rules, Provenance provenance, String symptom) {
        Analysis analysis = Analyze.run(snapshot);
        return new Diagnosis(analysis, new RuleEngine(rules, symptom).evaluate(analysis)).withProvenance(provenance)
                .withSymptom(SymptomRanking.of(symptom, rules));
    }

    public static List<Rule> rules(Path folder) throws RuleSyntaxError {
        return folder == null ? RuleLoader.builtIn() : RuleLoader.fromFolder(folder);
    }

    /**
     * Loads the rules on another thread while the input is read: on two cores it halves start-up.
     * A plain daemon thread: the common fork-join pool would cost a cold start more to set up than
     * the one task it runs.
     */
    public static FutureTask<List<Rule>> rulesInBackground(Path folder) {
        FutureTask<List<Rule>> task = new FutureTask<>(() -> rules(folder));
        Thread thread = new Thread(task, "l2tpdoctor-rules");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The rules from {@link #rulesInBackground}, or the rule file's error. */
    public static List<Rule> await(FutureTask<List<Rule>> rules) throws RuleSyntaxError {
        try {
            return rules.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleSyntaxError r) {
                throw r;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rules", e);
        }
    }
}
