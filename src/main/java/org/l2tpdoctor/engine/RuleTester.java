package org.l2tpdoctor.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.TextDecoder;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.rules.Rule;

/** Runs each rule against its fixtures through the engine: it must fire on "fires" and pass on "silent". */
public final class RuleTester {
    /** One fixture check. */
    public record Result(Rule rule, String fixture, boolean expectFire, Outcome outcome) {
        public boolean passed() {
            return expectFire ? outcome instanceof Outcome.Finding : outcome instanceof Outcome.Passed;
        }

        public String describe() {
            String got = outcome instanceof Outcome.Finding ? "fired" : outcome instanceof Outcome.Passed ? "stayed silent"
                    : "could not check (missing " + String.join(", ", ((Outcome.NotChecked) outcome).missing()) + ")";
            return rule.id() + (expectFire ? " must fire on " : " must stay silent on ") + fixture + ": " + got;
        }
    }

    private RuleTester() {
    }

    public static List<Result> run(List<Rule> rules, Path fixtures) throws IOException {
        List<Result> results = new ArrayList<>();
        // 25 fixtures serve 160 checks: each is diagnosed once
        Map<String, Diagnosis> diagnosed = new HashMap<>();
        for (Rule rule : rules) {
            for (String f : rule.firesOn()) {
                results.add(new Result(rule, f, true, outcome(diagnosis(diagnosed, rules, fixtures, f), rule)));
            }
            for (String f : rule.silentOn()) {
                results.add(new Result(rule, f, false, outcome(diagnosis(diagnosed, rules, fixtures, f), rule)));
            }
        }
        return results;
    }

    /**
     * The engine's diagnosis of one fixture: with the user's words when a {@code NAME.symptom} file
     * sits beside it (the symptom a user would give with that paste), else without.
     */
    public static Diagnosis diagnose(List<Rule> rules, Path fixtures, String name) throws IOException {
        Path symptom = fixtures.resolve(name + ".symptom");
        return Pipeline.diagnose(Pipeline.parse(List.of(read(fixtures, name))), rules, null,
                Files.isRegularFile(symptom) ? Files.readString(symptom).strip() : null);
    }

    /** What this very rule concluded in the diagnosis. */
    private static Outcome outcome(Diagnosis diagnosis, Rule rule) {
        return diagnosis.outcomes().stream().filter(o -> o.rule() == rule).findFirst()
                .orElseThrow(() -> new IllegalStateException(rule.id() + " was not evaluated"));
    }

    private static Diagnosis diagnosis(Map<String, Diagnosis> diagnosed, List<Rule> rules, Path fixtures, String name)
            throws IOException {
        Diagnosis known = diagnosed.get(name);
        if (known == null) {
            known = diagnose(rules, fixtures, name);
            diagnosed.put(name, known);
        }
        return known;
    }

    private static Capture read(Path fixtures, String name) throws IOException {
        return new Capture(name, null, TextDecoder.decode(Files.readAllBytes(fixtures.resolve(name))));
    }
}
