package org.l2tpdoctor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.l2tpdoctor.text.FileErrors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Loads rules from {@code rules/*.yaml}: a folder given by the user, or the rules shipped inside
 * the jar. Every problem names the file.
 */
public final class RuleLoader {
    private RuleLoader() {
    }

    /**
     * The rules shipped with l2tpdoctor: from the pack the build made of them when the program
     * runs from its jar, else (a development classpath, an older pack) from the YAML files.
     */
    public static List<Rule> builtIn() throws RuleSyntaxError {
        URL pack = RuleLoader.class.getClassLoader().getResource(RulePack.RESOURCE);
        if (pack != null && pack.getProtocol().equals("jar")) {
            try (InputStream in = pack.openStream()) {
                Optional<List<Rule>> rules = RulePack.read(in);
                if (rules.isPresent()) {
                    return rules.get();
                }
            } catch (IOException e) {
                // a damaged pack is not fatal: the YAML it was made from is in the same jar
            }
        }
        return inBuiltInFolder(RuleLoader::fromFolder);
    }

    /** Work on the built-in rules folder (inside the jar or on the classpath) while it is open. */
    public interface FolderWork<T> {
        T apply(Path folder) throws RuleSyntaxError, IOException;
    }

    public static <T> T inBuiltInFolder(FolderWork<T> work) throws RuleSyntaxError {
        URL url = RuleLoader.class.getClassLoader().getResource("rules");
        if (url == null) {
            throw new RuleSyntaxError("the built-in rules are missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return work.apply(jar.getPath("/rules"));
                }
            }
            return work.apply(Path.of(uri));
        } catch (IOException e) {
            throw new RuleSyntaxError("cannot read the built-in rules: " + FileErrors.reason(e));
        } catch (URISyntaxException e) {
            throw new RuleSyntaxError("cannot read the built-in rules: " + e.getMessage());
        }
    }

    public static List<Rule> fromFolder(Path folder) throws RuleSyntaxError {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new RuleSyntaxError(folder + ": cannot list rules: " + FileErrors.reason(e));
        }
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            try {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new RuleSyntaxError(file + ": cannot read: " + FileErrors.reason(e));
            }
        }
        // two threads: at start-up a cold YAML parser and grammar take most of the time
        Rule[] rules = new Rule[files.size()];
        RuleSyntaxError[] error = new RuleSyntaxError[1];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "l2tpdoctor-rules");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> halves = new ArrayList<>();
            for (int half = 0; half < 2; half++) {
                int first = half;
                halves.add(pool.submit(() -> {
                    for (int i = first; i < rules.length; i += 2) {
                        try {
                            rules[i] = parse(texts.get(i), files.get(i).getFileName().toString());
                        } catch (RuleSyntaxError e) {
                            synchronized (error) {
                                error[0] = error[0] == null ? e : error[0];
                            }
                        }
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : halves) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleSyntaxError("interrupted while loading rules");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        if (error[0] != null) {
            throw error[0];
        }
        return List.of(rules);
    }

    public static Rule parse(String yaml, String file) throws RuleSyntaxError {
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().setLabel(file).build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new RuleSyntaxError(file + ": not valid YAML: " + e.getMessage());
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new RuleSyntaxError(file + ": a rule file must be a YAML mapping");
        }
        Fields f = new Fields(map, file);
        Map<String, Query> selections = new LinkedHashMap<>();
        Map<?, ?> detection = f.map("detection");
        String condition = null;
        for (Map.Entry<?, ?> e : detection.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (name.equals("condition")) {
                condition = String.valueOf(e.getValue());
                continue;
            }
            try {
                selections.put(name, WhereParser.query(String.valueOf(e.getValue())));
            } catch (RuleSyntaxError err) {
                throw new RuleSyntaxError(file + ": detection." + name + ": " + err.getMessage());
            }
        }
        if (selections.isEmpty()) {
            throw new RuleSyntaxError(file + ": detection needs at least one selection");
        }
        if (condition == null) {
            condition = String.join(" or ", selections.keySet());
        }
        Expression parsedCondition;
        try {
            parsedCondition = WhereParser.condition(condition);
        } catch (RuleSyntaxError err) {
            throw new RuleSyntaxError(file + ": detection.condition: " + err.getMessage());
        }
        Map<?, ?> tests = map.get("tests") instanceof Map<?, ?> t ? t : Map.of();
        Level level;
        try {
            level = Level.parse(f.text("level"));
        } catch (IllegalArgumentException e) {
            throw new RuleSyntaxError(file + ": level must be info, warning or error");
        }
        return new Rule(f.text("id"), f.text("title"), level, f.list("symptoms"), selections, parsedCondition,
                f.list("requires"), f.text("why"), f.fix(), f.list("verify"), f.list("client"), f.list("references"),
                Fields.strings(tests.get("fires")), Fields.strings(tests.get("silent")), file,
                severity(map.get("severity"), selections.keySet(), file), Boolean.TRUE.equals(map.get("blocking")));
    }

    /** The {@code severity:} list: steps of level, when (a condition over the selections) and because. */
    private static List<Severity> severity(Object value, java.util.Set<String> selections, String file)
            throws RuleSyntaxError {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new RuleSyntaxError(file + ": 'severity' must be a list of {level, when, because}");
        }
        List<Severity> steps = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> step) || step.get("level") == null || step.get("because") == null) {
                throw new RuleSyntaxError(file + ": each severity step needs level and because (and when, but the last)");
            }
            Level level;
            try {
                level = Level.parse(String.valueOf(step.get("level")));
            } catch (IllegalArgumentException e) {
                throw new RuleSyntaxError(file + ": severity level must be info, warning or error");
            }
            Optional<Expression> when = Optional.empty();
            if (step.get("when") != null) {
                try {
                    Expression parsed = WhereParser.condition(String.valueOf(step.get("when")));
                    for (String name : names(parsed)) {
                        if (!selections.contains(name)) {
                            throw new RuleSyntaxError("'" + name + "' is not a detection selection");
                        }
                    }
                    when = Optional.of(parsed);
                } catch (RuleSyntaxError err) {
                    throw new RuleSyntaxError(file + ": severity.when: " + err.getMessage());
                }
            }
            steps.add(new Severity(level, when, String.valueOf(step.get("because")).strip()));
        }
        return List.copyOf(steps);
    }

    private static List<String> names(Expression e) {
        if (e instanceof Expression.And a) {
            List<String> n = new ArrayList<>(names(a.left()));
            n.addAll(names(a.right()));
            return n;
        }
        if (e instanceof Expression.Or o) {
            List<String> n = new ArrayList<>(names(o.left()));
            n.addAll(names(o.right()));
            return n;
        }
        if (e instanceof Expression.Not n) {
            return names(n.operand());
        }
        return e instanceof Expression.Presence p ? List.of(p.name()) : List.of();
    }

    /** Typed access to a rule file's fields, with errors that name the file and field. */
    private record Fields(Map<?, ?> map, String file) {
        String text(String key) throws RuleSyntaxError {
            Object v = map.get(key);
            if (v == null || String.valueOf(v).isBlank()) {
                throw new RuleSyntaxError(file + ": missing '" + key + "'");
            }
            return String.valueOf(v).strip();
        }

        Map<?, ?> map(String key) throws RuleSyntaxError {
            if (map.get(key) instanceof Map<?, ?> m) {
                return m;
            }
            throw new RuleSyntaxError(file + ": '" + key + "' must be a mapping");
        }

        List<String> list(String key) {
            return strings(map.get(key));
        }

        Map<String, String> fix() throws RuleSyntaxError {
            Object v = map.get("fix");
            Map<String, String> fix = new LinkedHashMap<>();
            if (v instanceof Map<?, ?> m) {
                m.forEach((k, text) -> fix.put(String.valueOf(k), String.valueOf(text).strip()));
            } else if (v != null) {
                fix.put(Rule.FIX_DEFAULT, String.valueOf(v).strip());
            }
            if (!fix.containsKey(Rule.FIX_DEFAULT)) {
                throw new RuleSyntaxError(file + ": 'fix' needs a text or a 'default' entry");
            }
            return fix;
        }

        static List<String> strings(Object v) {
            if (v == null) {
                return List.of();
            }
            if (v instanceof List<?> l) {
                return l.stream().map(String::valueOf).map(String::strip).toList();
            }
            return List.of(String.valueOf(v).strip());
        }
    }
}
