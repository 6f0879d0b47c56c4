package org.l2tpdoctor.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * parser per grammar, so create one per thread. Big files are streamed ({@link BulkLogScanner});
 * log events are kept in a bounded window of the most recent ones.
 */
public final class SnapshotParser {
    /** Warnings kept for the report; more are counted in the coverage but not listed. */
    static final int MAX_WARNINGS = 10_000;

    private final LogExtractor logs = new LogExtractor();
    private final PrintExtractor prints = new PrintExtractor(logs);
    private final ExportExtractor exports = new ExportExtractor();
    private final int eventCapacity;

    public SnapshotParser() {
        this(EventWindow.DEFAULT_CAPACITY);
    }

    /** With a custom bound on the log events kept (the most recent ones). */
    public SnapshotParser(int eventCapacity) {
        this.eventCapacity = eventCapacity;
    }

    public Snapshot parse(List<Capture> captures) {
        State state = new State(new EventWindow(eventCapacity));
        for (Capture capture : captures) {
            SectionSplitter splitter = new SectionSplitter();
            if (capture.streamed()) {
                stream(capture, splitter, state);
            } else {
                splitter.split(capture).forEach(section -> state.add(section, extract(section)));
            }
            if (state.identity == null && splitter.identity().isPresent()) {
                state.identity = splitter.identity().get();
            }
        }
        return state.snapshot();
    }

    private void stream(Capture capture, SectionSplitter splitter, State state) {
        try {
            BulkLogScanner.scan(capture.file(), new BulkLogScanner.Listener() {
                @Override
                public void otherLines(int firstLine, List<String> lines) {
                    Capture run = new Capture(capture.source(), null, String.join("\n", lines));
                    splitter.split(run, firstLine).forEach(section -> state.add(section, extract(section)));
                }

                @Override
                public boolean relevantLogLine(int lineNumber, String line) {
                    Origin origin = new Origin(capture.source(), lineNumber);
                    LogEvent event = FastLogLine.parse(line, origin);
                    if (event == null) {
                        event = logs.parseLine(line, origin).orElse(null);
                    }
                    if (event == null) {
                        state.warn(new ParseWarning(origin, 1, line, "not a log line"));
                        return false;
                    }
                    state.events.add(event);
                    return true;
                }

                @Override
                public void logRun(int firstLine, int lines, int understood) {
                    state.sections.add(new SectionSummary(new Origin(capture.source(), firstLine), "log", null, "/log",
                            lines, understood));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(capture.source() + ": " + e.getMessage(), e);
        }
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

    /** What has been read so far. */
    private static final class State {
        final Map<String, List<Row>> tables = new LinkedHashMap<>();
        final EventWindow events;
        final List<ParseWarning> warnings = new ArrayList<>();
        final List<SectionSummary> sections = new ArrayList<>();
        RouterVersion version = RouterVersion.UNKNOWN;
        String identity;
        boolean fromExport;

        State(EventWindow events) {
            this.events = events;
        }

        void add(Section section, Extraction x) {
            if (section instanceof Section.Print && x.menu() != null && !x.menu().equals("/unknown")) {
                tables.computeIfAbsent(x.menu(), m -> new ArrayList<>()); // read, even if it has no items
            }
            x.rows().forEach(r -> tables.computeIfAbsent(r.menu(), m -> new ArrayList<>()).add(r));
            events.addAll(x.events());
            x.warnings().forEach(this::warn);
            sections.add(new SectionSummary(new Origin(section.source(), section.firstLine()), section.kind(),
                    section.command(), x.menu(), x.lines(), x.understood()));
            version = better(version, x.version());
            fromExport |= section instanceof Section.Export;
            if (x.identity() != null) {
                identity = x.identity();
            }
        }

        void warn(ParseWarning w) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(w);
            }
        }

        Snapshot snapshot() {
            List<Row> legacy = LegacyPeerMapper.map(tables.getOrDefault("/ip ipsec peer", List.of()));
            legacy.forEach(r -> tables.computeIfAbsent(r.menu(), m -> new ArrayList<>()).add(r));
            version = better(version, versionFromResource(tables));
            if (identity == null) {
                identity = tables.getOrDefault("/system identity", List.of()).stream()
                        .map(r -> r.get("name")).filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
            }
            return new Snapshot(tables, events.events(), version, Optional.ofNullable(identity), sections, warnings,
                    fromExport, events.seen());
        }
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
