package org.l2tpdoctor.report;

import org.l2tpdoctor.text.Secrets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.SectionSummary;
import org.l2tpdoctor.model.Snapshot;

/** The JSON shapes shared by {@code diagnose --format json} and {@code parse --format json}. */
public final class JsonShapes {
    private JsonShapes() {
    }

    public static Map<String, Object> router(Snapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", s.version().known() ? s.version().text() : null);
        m.put("versionEvidence", s.version().evidence());
        m.put("identity", s.identity().orElse(null));
        return m;
    }

    public static Map<String, Object> input(Snapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> sections = new ArrayList<>();
        for (SectionSummary sec : s.sections()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("source", sec.origin().source());
            x.put("line", sec.origin().line());
            x.put("kind", sec.kind());
            x.put("command", sec.command());
            x.put("menu", sec.menu());
            x.put("lines", sec.lines());
            x.put("understood", sec.understood());
            sections.add(x);
        }
        m.put("sections", sections);
        m.put("linesRead", s.linesRead());
        m.put("linesUnderstood", s.linesUnderstood());
        List<Object> warnings = new ArrayList<>();
        for (ParseWarning w : s.warnings()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("source", w.origin().source());
            x.put("line", w.origin().line());
            x.put("column", w.column());
            x.put("text", Secrets.text(w.text()));
            x.put("reason", w.reason());
            warnings.add(x);
        }
        m.put("warnings", warnings);
        return m;
    }

    public static Map<String, Object> row(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", r.origin().source());
        m.put("line", r.origin().line());
        m.put("menu", r.menu());
        m.put("id", r.id());
        m.put("flags", new ArrayList<>(r.flags()));
        Map<String, Object> props = new LinkedHashMap<>();
        r.properties().forEach((k, v) -> props.put(k, Secrets.value(k, v)));
        m.put("properties", props);
        m.put("comment", Secrets.text(r.comment()));
        return m;
    }

    public static Map<String, Object> event(LogEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", e.origin().source());
        m.put("line", e.origin().line());
        m.put("time", e.time().text());
        m.put("topics", e.topics());
        m.put("message", Secrets.text(e.message()));
        return m;
    }
}
