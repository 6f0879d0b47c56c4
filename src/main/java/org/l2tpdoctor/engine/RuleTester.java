package org.l2tpdoctor.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.analyze.Analysis;
import org.l2tpdoctor.analyze.Analyze;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.TextDecoder;
import org.l2tpdoctor.parse.SnapshotParser;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleEngine;

/** Runs each rule against its fixtures: it must fire on "fires" and pass on "silent". */
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
        // 25 fixtures serve 160 checks: each is read and analysed once
        Map<String, Analysis> analysed = new HashMap<>();
        SnapshotParser parser = new SnapshotParser();
        for (Rule rule : rules) {
            for (String f : rule.firesOn()) {
                results.add(new Result(rule, f, true, engine(rules, fixtures, f).evaluate(rule, analysis(analysed, parser, fixtures, f))));
            }
            for (String f : rule.silentOn()) {
                results.add(new Result(rule, f, false, engine(rules, fixtures, f).evaluate(rule, analysis(analysed, parser, fixtures, f))));
            }
        }
        return results;
    }

    /**
     * The engine for one fixture: with the user's words when a {@code NAME.symptom} file sits
     * beside the fixture (the symptom a user would give with that paste), else without.
     */
    public static RuleEngine engine(List<Rule> rules, Path fixtures, String name) throws IOException {
        Path symptom = fixtures.resolve(name + ".symptom");
        return new RuleEngine(rules, Files.isRegularFile(symptom) ? Files.readString(symptom).strip() : null);
    }

    private static Analysis analysis(Map<String, Analysis> analysed, SnapshotParser parser, Path fixtures, String name)
            throws IOException {
        Analysis known = analysed.get(name);
        if (known == null) {
            known = Analyze.run(parser.parse(List.of(read(fixtures, name))));
            analysed.put(name, known);
        }
        return known;
    }

    private static Capture read(Path fixtures, String name) throws IOException {
        return new Capture(name, null, TextDecoder.decode(Files.readAllBytes(fixtures.resolve(name))));
    }
}
