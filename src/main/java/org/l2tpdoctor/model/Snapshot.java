package org.l2tpdoctor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The router's state as far as the input shows it: tables by menu, log events, version and
 * identity, plus what could not be read. Immutable; built by the parse step. A huge log keeps
 * only its most recent ipsec/l2tp/ppp events; {@code eventsSeen} counts them all.
 */
public record Snapshot(
        Map<String, List<Row>> tables,
        List<LogEvent> events,
        RouterVersion version,
        Optional<String> identity,
        List<SectionSummary> sections,
        List<ParseWarning> warnings,
        boolean fromExport,
        long eventsSeen) {

    public Snapshot {
        if (!(tables instanceof Tables)) {
            Map<String, List<Row>> copy = new LinkedHashMap<>();
            tables.forEach((menu, rows) -> copy.put(menu, List.copyOf(rows)));
            tables = new Tables(copy);
        }
        events = List.copyOf(events);
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    public boolean hasMenu(String menu) {
        return tables.containsKey(menu);
    }

    public List<Row> rows(String menu) {
        return tables.getOrDefault(menu, List.of());
    }

    public boolean hasMenu(Menu menu) {
        return hasMenu(menu.path());
    }

    public List<Row> rows(Menu menu) {
        return rows(menu.path());
    }

    public int linesRead() {
        return sections.stream().mapToInt(SectionSummary::lines).sum();
    }

    public int linesUnderstood() {
        return sections.stream().mapToInt(SectionSummary::understood).sum();
    }

    /**
     * True when nothing at all was recognised: no table, no event, no log line (a big log of
     * other topics keeps no event, yet it was read: that it holds no VPN line is a result).
     */
    public boolean isEmpty() {
        return tables.isEmpty() && events.isEmpty() && logLinesRead() == 0;
    }

    /** Log lines read and understood, of every topic (a big log keeps only its VPN events). */
    public long logLinesRead() {
        long read = 0;
        for (SectionSummary s : sections) {
            if (s.kind().equals("log")) {
                read += s.understood();
            }
        }
        return Math.max(read, events.size());
    }

    /** A copy with more (virtual) tables, as the analyze step adds them. */
    public Snapshot withTables(Map<String, List<Row>> extra) {
        if (extra.isEmpty()) {
            return this; // immutable: an analyzer that derived nothing needs no copy of every table
        }
        Map<String, List<Row>> merged = new LinkedHashMap<>(tables);
        extra.forEach((menu, rows) -> merged.merge(menu, List.copyOf(rows), (a, b) -> {
            List<Row> all = new ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }));
        // copied once here, not again by the constructor: each of the analyzers adds its tables so
        return new Snapshot(new Tables(merged), events, version, identity, sections, warnings, fromExport, eventsSeen);
    }

    /**
     * A snapshot's tables: read-only, every list immutable. Only this record makes one, so the
     * constructor takes one as it is instead of copying every table again.
     */
    private static final class Tables extends java.util.AbstractMap<String, List<Row>> {
        private final Map<String, List<Row>> tables;

        /** {@code tables}: a map no one else holds, whose lists are immutable. */
        Tables(Map<String, List<Row>> tables) {
            this.tables = java.util.Collections.unmodifiableMap(tables);
        }

        @Override
        public java.util.Set<Map.Entry<String, List<Row>>> entrySet() {
            return tables.entrySet();
        }

        @Override
        public List<Row> get(Object menu) {
            return tables.get(menu);
        }

        @Override
        public boolean containsKey(Object menu) {
            return tables.containsKey(menu);
        }

        @Override
        public int size() {
            return tables.size();
        }
    }
}
