package org.l2tpdoctor.report;

import org.l2tpdoctor.text.Json;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.model.Provenance;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * {@code --format json}: schemas "l2tpdoctor/diagnosis/1" (one router), "l2tpdoctor/fleet/1" and
 * "l2tpdoctor/snapshot/1" (parse), documented in the README.
 */
public final class JsonReport implements Renderer {
    public static final String SCHEMA = "l2tpdoctor/diagnosis/1";

    @Override
    public void router(Report.Router report, PrintWriter out) {
        render(report.diagnosis(), report.exitCode(), out);
    }

    public void render(Diagnosis d, int exitCode, PrintWriter out) {
        Json.write(document(d, exitCode), out);
        out.println();
        out.flush();
    }

    /** Every router's report in one array; a router that could not be read says where and why. */
    @Override
    public void fleet(Report.Fleet report, PrintWriter out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "l2tpdoctor/fleet/1");
        // each router's document is made as it is written
        root.put("routers", Shaped.of(report.routers(), r -> r.read() ? document(r.diagnosis(), r.exitCode()) : unread(r)));
        root.put("findings", FindingGroups.json(FindingGroups.of(Monitored.of(report), Level.INFO)));
        root.put("exitCode", report.exitCode());
        Json.write(root, out);
        out.println();
    }

    /** A router that could not be read: where, why (a token of {@link Unread}, then the problems), and its exit code, in a fixed order. */
    private static Map<String, Object> unread(Report.Member r) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("source", r.provenance().source());
        collection.put("complete", false);
        collection.put("unread", r.unread().token());
        collection.put("problems", r.provenance().problems());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("collection", collection);
        m.put("exitCode", r.exitCode());
        return m;
    }

    @Override
    public boolean showsParsed() {
        return true;
    }

    @Override
    public void parsed(Report.Parsed report, PrintWriter out) {
        Snapshot s = report.snapshot();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "l2tpdoctor/snapshot/1");
        root.put("router", JsonShapes.router(s));
        root.put("input", JsonShapes.input(s));
        Map<String, Object> tables = new LinkedHashMap<>();
        s.tables().forEach((menu, rows) -> tables.put(menu, Shaped.of(rows, JsonShapes::row)));
        root.put("tables", tables);
        root.put("events", Shaped.of(s.events(), JsonShapes::event));
        Json.write(root, out);
        out.println();
    }

    /** The report as a JSON-ready map. */
    Map<String, Object> document(Diagnosis d, int exitCode) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        Provenance provenance = d.provenance();
        if (provenance != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("source", provenance.source());
            c.put("commands", provenance.commands());
            c.put("complete", provenance.complete());
            c.put("problems", provenance.problems());
            root.put("collection", c);
        }
        if (d.symptom() != null) {
            root.put("symptom", symptom(d));
        }
        root.put("router", JsonShapes.router(d.snapshot()));
        root.put("input", JsonShapes.input(d.snapshot()));
        Answer answer = Answer.of(d);
        root.put("verdict", answer.verdict());
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("script", answer.plan().isEmpty() ? List.of() : answer.plan().scriptLines());
        plan.put("flushLast", answer.plan().flush());
        plan.put("afterwards", answer.afterwards().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("command", c.command());
            m.put("expect", c.expect());
            return m;
        }).toList());
        plan.put("clients", answer.clients() < 0 ? null : answer.clients());
        root.put("plan", plan);
        List<Object> findings = new ArrayList<>();
        List<Object> checks = new ArrayList<>();
        // by consequence, like every format: findings first, then what could not be checked, then what passed
        List<Outcome> ordered = new ArrayList<>(answer.findings());
        d.outcomes().stream().filter(o -> o instanceof Outcome.NotChecked).forEach(ordered::add);
        d.outcomes().stream().filter(o -> o instanceof Outcome.Passed).forEach(ordered::add);
        for (Outcome o : ordered) {
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
        root.put("attempts", Shaped.of(d.snapshot().rows(Timeline.MENU), a -> {
            Map<String, Object> m = new LinkedHashMap<>(a.properties());
            m.put("source", a.origin().source());
            m.put("line", a.origin().line());
            return m;
        }));
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

    /** The causes the user's words point at, best first, each with what the evidence said of it. */
    private static Map<String, Object> symptom(Diagnosis d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", d.symptom().words());
        m.put("causes", SymptomSection.shown(d.symptom()).stream().map(match -> {
            Map<String, Object> cause = new LinkedHashMap<>();
            cause.put("id", match.rule().id());
            cause.put("title", match.rule().title());
            Outcome o = d.outcomeOf(match.rule().id());
            cause.put("status", o instanceof Outcome.Finding ? "confirmed" : o instanceof Outcome.Passed ? "ruled-out"
                    : o instanceof Outcome.NotChecked ? "not-checked" : "not-evaluated");
            if (o instanceof Outcome.NotChecked n) {
                cause.put("commands", n.commands());
            }
            return cause;
        }).toList());
        return m;
    }

    private static Map<String, Object> finding(Outcome.Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.rule().id());
        m.put("level", f.level().label());
        m.put("blocking", Consequence.blocking(f));
        m.put("title", f.rule().title());
        if (!f.because().isEmpty()) {
            m.put("levelBecause", f.because());
        }
        m.put("evidence", Shaped.of(f.evidence(), JsonShapes::row));
        m.put("why", References.scrub(f.rule().why()));
        m.put("fix", List.of(f.fix().split("\n")));
        m.put("verify", f.rule().verify());
        m.put("client", f.rule().client().stream().map(References::scrub).toList());
        m.put("references", References.resolve(f.rule().references()).stream().map(r -> {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("title", r.title().replaceFirst(":$", ""));
            ref.put("url", r.url());
            return ref;
        }).toList());
        return m;
    }
}
