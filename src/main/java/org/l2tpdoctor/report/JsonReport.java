package org.l2tpdoctor.report;

import org.l2tpdoctor.text.Json;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/** {@code --format json}: schema "l2tpdoctor/diagnosis/1", documented in the README. */
public final class JsonReport {
    public static final String SCHEMA = "l2tpdoctor/diagnosis/1";

    public void render(Diagnosis d, int exitCode, PrintWriter out) {
        render(d, exitCode, null, out);
    }

    public void render(Diagnosis d, int exitCode, Provenance provenance, PrintWriter out) {
        out.println(Json.write(document(d, exitCode, provenance)));
        out.flush();
    }

    /** The report as a JSON-ready map, so a fleet run can put one per router into one array. */
    public Map<String, Object> document(Diagnosis d, int exitCode, Provenance provenance) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        if (provenance != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("source", provenance.source());
            c.put("commands", provenance.commands());
            c.put("complete", provenance.complete());
            c.put("problems", provenance.problems());
            root.put("collection", c);
        }
        root.put("router", JsonShapes.router(d.snapshot()));
        root.put("input", JsonShapes.input(d.snapshot()));
        List<Object> findings = new ArrayList<>();
        List<Object> checks = new ArrayList<>();
        for (Outcome o : d.outcomes()) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("id", o.rule().id());
            check.put("title", o.rule().title());
            check.put("level", (o instanceof Outcome.Finding f ? f.level() : o.rule().level()).label());
            if (o instanceof Outcome.Finding f) {
                check.put("status", "finding");
                findings.add(finding(f));
            } else if (o instanceof Outcome.NotChecked n) {
                check.put("status", "not-checked");
                check.put("missing", n.missing());
                check.put("commands", n.commands());
            } else {
                check.put("status", "passed");
            }
            checks.add(check);
        }
        root.put("findings", findings);
        root.put("attempts", d.snapshot().rows(Timeline.MENU).stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>(a.properties());
            m.put("source", a.origin().source());
            m.put("line", a.origin().line());
            return m;
        }).toList());
        root.put("checks", checks);
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            summary.put(level.label(), d.findings().stream().filter(f -> f.level() == level).count());
        }
        summary.put("passed", d.outcomes().stream().filter(o -> o instanceof Outcome.Passed).count());
        summary.put("notChecked", d.outcomes().stream().filter(o -> o instanceof Outcome.NotChecked).count());
        root.put("summary", summary);
        root.put("exitCode", exitCode);
        return root;
    }

    private static Map<String, Object> finding(Outcome.Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.rule().id());
        m.put("level", f.level().label());
        m.put("title", f.rule().title());
        if (!f.because().isEmpty()) {
            m.put("levelBecause", f.because());
        }
        m.put("evidence", f.evidence().stream().map(JsonShapes::row).toList());
        m.put("why", f.rule().why());
        m.put("fix", List.of(f.fix().split("\n")));
        m.put("verify", f.rule().verify());
        m.put("client", f.rule().client());
        m.put("references", f.rule().references());
        return m;
    }
}
