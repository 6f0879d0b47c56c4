package org.l2tpdoctor.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.l2tpdoctor.analyze.Analyze;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.TextDecoder;
import org.l2tpdoctor.parse.SnapshotParser;

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
        SnapshotParser parser = new SnapshotParser();
        for (Rule rule : rules) {
            RuleEngine engine = new RuleEngine(List.of(rule));
            for (String f : rule.firesOn()) {
                results.add(new Result(rule, f, true, engine.evaluate(rule, Analyze.run(parser.parse(List.of(read(fixtures, f)))))));
            }
            for (String f : rule.silentOn()) {
                results.add(new Result(rule, f, false, engine.evaluate(rule, Analyze.run(parser.parse(List.of(read(fixtures, f)))))));
            }
        }
        return results;
    }

    private static Capture read(Path fixtures, String name) throws IOException {
        return new Capture(name, null, TextDecoder.decode(Files.readAllBytes(fixtures.resolve(name))));
    }
}
