package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.RouterVersion;
import org.l2tpdoctor.model.SectionSummary;
import org.l2tpdoctor.model.Snapshot;

/**
 * The parse step's entry point: captures in, one {@link Snapshot} out. Holds one reused lexer and
 * parser per grammar, so create one per thread.
 */
public final class SnapshotParser {
    private final LogExtractor logs = new LogExtractor();
    private final PrintExtractor prints = new PrintExtractor(logs);
    private final ExportExtractor exports = new ExportExtractor();

    public Snapshot parse(List<Capture> captures) {
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        List<LogEvent> events = new ArrayList<>();
        List<ParseWarning> warnings = new ArrayList<>();
        List<SectionSummary> sections = new ArrayList<>();
        RouterVersion version = RouterVersion.UNKNOWN;
        String identity = null;
        boolean fromExport = false;
        for (Capture capture : captures) {
            SectionSplitter splitter = new SectionSplitter();
            for (Section section : splitter.split(capture)) {
                Extraction x = extract(section);
                x.rows().forEach(r -> tables.computeIfAbsent(r.menu(), m -> new ArrayList<>()).add(r));
                events.addAll(x.events());
                warnings.addAll(x.warnings());
                sections.add(new SectionSummary(new Origin(section.source(), section.firstLine()), section.kind(),
                        section.command(), x.menu(), x.lines(), x.understood()));
                version = better(version, x.version());
                fromExport |= section instanceof Section.Export;
                if (x.identity() != null) {
                    identity = x.identity();
                }
            }
            if (identity == null && splitter.identity().isPresent()) {
                identity = splitter.identity().get();
            }
        }
        List<Row> legacy = LegacyPeerMapper.map(tables.getOrDefault("/ip ipsec peer", List.of()));
        legacy.forEach(r -> tables.computeIfAbsent(r.menu(), m -> new ArrayList<>()).add(r));
        version = better(version, versionFromResource(tables));
        if (identity == null) {
            identity = tables.getOrDefault("/system identity", List.of()).stream()
                    .map(r -> r.get("name")).filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
        }
        return new Snapshot(tables, events, version, Optional.ofNullable(identity), sections, warnings, fromExport);
    }

    private Extraction extract(Section section) {
        if (section instanceof Section.Print p) {
            return prints.extract(p);
        }
        if (section instanceof Section.Log l) {
            return logs.extract(l);
        }
        if (section instanceof Section.Export e) {
            return exports.extract(e);
        }
        List<ParseWarning> warnings = new ArrayList<>();
        int understood = 0;
        for (int i = 0; i < section.lines().size(); i++) {
            String line = section.lines().get(i);
            if (line.isBlank()) {
                understood++;
            } else {
                warnings.add(new ParseWarning(new Origin(section.source(), section.firstLine() + i), 1, line,
                        "output of '" + section.command() + "', which l2tpdoctor does not read"));
            }
        }
        return new Extraction(null, List.of(), List.of(), warnings, section.lines().size(), understood,
                RouterVersion.UNKNOWN, null);
    }

    /** A full version number beats a bare major inferred from print style. */
    private static RouterVersion better(RouterVersion current, RouterVersion candidate) {
        if (!candidate.known()) {
            return current;
        }
        if (!current.known() || candidate.text().contains(".") && !current.text().contains(".")) {
            return candidate;
        }
        return current;
    }

    private static RouterVersion versionFromResource(Map<String, List<Row>> tables) {
        for (Row row : tables.getOrDefault("/system resource", List.of())) {
            String version = row.get("version");
            if (version != null) {
                return RouterVersion.parse(version, "/system resource print");
            }
        }
        return RouterVersion.UNKNOWN;
    }
}
