package org.l2tpdoctor.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.PasteReader;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.parse.SnapshotParser;
import org.l2tpdoctor.report.ExitCodes;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.text.FileErrors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The casebook (cases/README.md): real cases, each run through the same pipeline as
 * {@code diagnose} with the default {@code --fail-on}, and compared with what its resolution
 * says the answer is. Real cases, not fixtures, are the yardstick for the rules.
 */
public final class Casebook {
    /** The default {@code --fail-on}: a case's expected exit code is the one diagnose gives by default. */
    static final Level DEFAULT_FAIL_ON = Level.WARNING;

    /** What a case's resolution says the tool must answer. */
    public record Expect(boolean healthy, int exit, List<String> fires, List<String> silent, boolean uncovered) {
    }

    /** One case.yaml; {@code problem} is set when the file itself cannot be used. */
    public record Case(Path folder, String id, List<String> inputs, String symptom, Expect expect, boolean knownWrong,
            String reason, String problem) {
    }

    /** What the tool answered on a case and how it differs from the expectation (empty: right). */
    public record Result(Case kase, int exit, List<String> reported, List<String> differences) {
        public boolean right() {
            return differences.isEmpty();
        }

        /** A case marked expected that the tool now gets wrong: this fails the casebook. */
        public boolean regression() {
            return !kase.knownWrong() && !right();
        }

        /** A case marked known-wrong that the tool now gets right: its status needs updating. */
        public boolean fixed() {
            return kase.knownWrong() && right();
        }
    }

    /** Every result, and the score they add up to. */
    public record Score(Path folder, List<Result> results) {
        public long right() {
            return results.stream().filter(Result::right).count();
        }

        public long healthyTotal() {
            return results.stream().filter(r -> r.kase().expect() != null && r.kase().expect().healthy()).count();
        }

        public long healthyRight() {
            return results.stream().filter(r -> r.kase().expect() != null && r.kase().expect().healthy() && r.right())
                    .count();
        }

        public List<Result> knownWrong() {
            return results.stream().filter(r -> r.kase().knownWrong()).toList();
        }

        public List<Result> regressions() {
            return results.stream().filter(Result::regression).toList();
        }

        public List<Result> fixed() {
            return results.stream().filter(Result::fixed).toList();
        }

        /** The casebook passes when every case marked expected gets its expected answer. */
        public boolean passes() {
            return regressions().isEmpty();
        }
    }

    private Casebook() {
    }

    /** Runs every {@code DIR/<case>/case.yaml}, in folder-name order. */
    public static Score run(Path folder, List<Rule> rules) throws InputError {
        if (!Files.isDirectory(folder)) {
            throw new InputError(folder + ": " + (Files.exists(folder) ? "not a folder" : "no such file or folder"));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(d -> d.resolve("case.yaml")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InputError(folder + ": " + FileErrors.reason(e));
        }
        List<Result> results = new ArrayList<>();
        for (Path file : files) {
            results.add(run(read(file), rules));
        }
        return new Score(folder, results);
    }

    static Result run(Case kase, List<Rule> rules) {
        if (kase.problem() != null) {
            return new Result(kase, ExitCodes.ERROR, List.of(), List.of(kase.problem()));
        }
        Diagnosis diagnosis;
        try {
            List<String> paths = kase.inputs().stream().map(i -> kase.folder().resolve(i).toString()).toList();
            List<Capture> captures = new PasteReader(new ByteArrayInputStream(new byte[0])).read(paths);
            Snapshot snapshot = Pipeline.parseRouterOutput(paths, captures, SnapshotParser.defaultLogWindow());
            diagnosis = Pipeline.diagnose(snapshot, rules);
        } catch (InputError e) {
            return compare(kase, ExitCodes.ERROR, List.of(), e.getMessage());
        }
        int exit = diagnosis.hasFindingsAtLeast(DEFAULT_FAIL_ON) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
        List<String> reported = diagnosis.findings().stream().filter(f -> reportedLevel(f).compareTo(Level.WARNING) >= 0)
                .map(f -> f.rule().id()).distinct().toList();
        return compare(kase, exit, reported, null);
    }

    /** The level a finding is reported at. */
    private static Level reportedLevel(Outcome.Finding finding) {
        return finding.level();
    }

    private static Result compare(Case kase, int exit, List<String> reported, String inputError) {
        Expect expect = kase.expect();
        List<String> differences = new ArrayList<>();
        if (exit != expect.exit()) {
            differences.add("exit " + exit + (inputError == null ? "" : " (" + inputError + ")") + ", expected "
                    + expect.exit());
        }
        Set<String> missing = new TreeSet<>(expect.fires());
        missing.removeAll(reported);
        if (!missing.isEmpty()) {
            differences.add("not reported: " + String.join(", ", missing));
        }
        Set<String> wrong = new TreeSet<>(expect.silent());
        wrong.retainAll(reported);
        if (!wrong.isEmpty()) {
            differences.add("reported but should be silent: " + String.join(", ", wrong));
        }
        return new Result(kase, exit, reported, differences);
    }

    /** Reads one case.yaml; a file that cannot be used becomes a case with a problem, not an abort. */
    static Case read(Path file) {
        Path folder = file.getParent();
        String name = folder.getFileName().toString();
        Object doc;
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            doc = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(yaml);
        } catch (IOException e) {
            return broken(folder, name, file + ": " + FileErrors.reason(e));
        } catch (YamlEngineException e) {
            return broken(folder, name, file + ": not valid YAML: " + e.getMessage().lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("^")).reduce((a, b) -> a + " " + b).orElse(""));
        }
        if (!(doc instanceof Map<?, ?> map)) {
            return broken(folder, name, file + ": expected a mapping (id, inputs, expect, status)");
        }
        String id = text(map.get("id"), name);
        List<String> inputs = strings(map.get("inputs"));
        String status = text(map.get("status"), "expected");
        String reason = text(map.get("reason"), null);
        if (inputs.isEmpty()) {
            return broken(folder, id, file + ": no inputs");
        }
        if (!(map.get("expect") instanceof Map<?, ?> e) || !(e.get("exit") instanceof Integer exit)) {
            return broken(folder, id, file + ": expect.exit is missing");
        }
        if (!status.equals("expected") && !status.equals("known-wrong")) {
            return broken(folder, id, file + ": status is '" + status + "', expected or known-wrong");
        }
        Expect expect = new Expect(Boolean.TRUE.equals(e.get("healthy")), exit, strings(e.get("fires")),
                strings(e.get("silent")), Boolean.TRUE.equals(e.get("uncovered")));
        return new Case(folder, id, inputs, text(map.get("symptom"), null), expect, status.equals("known-wrong"),
                reason, null);
    }

    private static Case broken(Path folder, String id, String problem) {
        return new Case(folder, id, List.of(), null, new Expect(false, 0, List.of(), List.of(), false), false, null,
                problem);
    }

    private static String text(Object value, String otherwise) {
        return value == null ? otherwise : value.toString().strip();
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).toList();
        }
        return value == null ? List.of() : List.of(value.toString().strip());
    }
}
