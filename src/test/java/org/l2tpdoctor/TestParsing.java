package org.l2tpdoctor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.TextDecoder;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleLoader;
import org.l2tpdoctor.rules.RuleSyntaxError;

/** Test shortcuts through the engine: parse a file or a string into a snapshot, diagnose a fixture. */
public final class TestParsing {
    private TestParsing() {
    }

    /** The rules of rules/ as the rule tools read them (the YAML, not the pack in the jar). */
    public static List<Rule> rules() {
        return Rules.FROM_FOLDER;
    }

    /** The engine's diagnosis of a paste with the rules of rules/. */
    public static Diagnosis diagnose(Path path) {
        return diagnose(file(path));
    }

    public static Diagnosis diagnose(Snapshot snapshot) {
        return Pipeline.diagnose(snapshot, rules());
    }

    /**
     * The rules that fired with their level, sorted, the paste repair's own note left out: what a
     * damaged copy of a paste must give as its original did.
     */
    public static String findingsApartFromRepair(Snapshot s, List<Rule> rules) {
        return Pipeline.diagnose(s, rules).findings().stream()
                .filter(f -> !f.rule().id().equals("L2TP-PASTE-001"))
                .map(f -> f.rule().id() + ":" + f.level())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))
                .stream().collect(java.util.stream.Collectors.joining(","));
    }

    public static Snapshot file(Path path) {
        try {
            return Pipeline.parse(List.of(new Capture(path.getFileName().toString(), null,
                    TextDecoder.decode(Files.readAllBytes(path)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Snapshot text(String text) {
        return Pipeline.parse(List.of(new Capture("paste", null, text)));
    }

    public static Row only(Snapshot s, String menu) {
        List<Row> rows = s.rows(menu);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row in " + menu + " but got " + rows.size() + ": " + s.tables().keySet());
        }
        return rows.get(0);
    }

    /** Loaded on first use, once for every test. */
    private static final class Rules {
        static final List<Rule> FROM_FOLDER = load();

        private static List<Rule> load() {
            try {
                return RuleLoader.fromFolder(Path.of("rules"));
            } catch (RuleSyntaxError e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
