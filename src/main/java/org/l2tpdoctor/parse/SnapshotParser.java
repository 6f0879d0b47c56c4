package org.l2tpdoctor.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Menu;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.RouterVersion;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.SectionSummary;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.text.Secrets;

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
    private final long parallelAbove;
    private final int cores;

    public SnapshotParser() {
        this(EventWindow.DEFAULT_CAPACITY);
    }

    /** How many of a log's most recent ipsec/l2tp/ppp records are kept when none is asked for. */
    public static int defaultLogWindow() {
        return EventWindow.DEFAULT_CAPACITY;
    }

    /** With a custom bound on the log events kept (the most recent ones). */
    public SnapshotParser(int eventCapacity) {
        this(eventCapacity, PARALLEL_ABOVE_BYTES, Runtime.getRuntime().availableProcessors());
    }

    /** Files above {@code parallelAbove} bytes are scanned in two parts when {@code cores} allow (tests: any size). */
    SnapshotParser(int eventCapacity, long parallelAbove, int cores) {
        this.eventCapacity = eventCapacity;
        this.parallelAbove = parallelAbove;
        this.cores = cores;
    }

    public Snapshot parse(List<Capture> captures) {
        State state = new State(new EventWindow(eventCapacity));
        for (Capture capture : captures) {
            SectionSplitter splitter = new SectionSplitter();
            if (capture.streamed()) {
                stream(capture, splitter, state);
            } else {
                Capture repaired = repaired(capture, state);
                splitter.split(repaired).forEach(section -> read(section, state));
            }
            splitter.cuts().forEach(state::warn);
            List<Integer> quoted = splitter.quotedMessages();
            if (!quoted.isEmpty()) {
                state.repairs.add(RepairRows.row(capture.source(), new PasteRepair.Repair(PasteRepair.QUOTED_MESSAGES,
                        quoted.get(0), quoted.get(quoted.size() - 1), quoted.size())));
            }
            if (state.identity == null && splitter.identity().isPresent()) {
                state.identity = splitter.identity().get();
            }
        }
        return state.snapshot();
    }

    /**
     * A paste as copied by a person (not a router's answer to one command) with the damage of web
     * pages, chats and mail undone; what was repaired is kept for the report.
     */
    private static Capture repaired(Capture capture, State state) {
        if (capture.command() != null) {
            return capture;
        }
        PasteRepair.Result r = PasteRepair.repair(capture.text());
        if (r.repairs().isEmpty()) {
            return capture;
        }
        r.repairs().forEach(repair -> state.repairs.add(RepairRows.row(capture.source(), repair)));
        return new Capture(capture.source(), null, r.text());
    }

    /** Files above this size are scanned in parallel halves when there are cores for it. */
    static final long PARALLEL_ABOVE_BYTES = 64L << 20;

    /**
     * Reading back and parsing one record of the window costs about as much CPU as scanning this
     * many bytes (ScanCost, 256 MiB heads, C1: 5.5-9 us a record against 1.1-1.9 ns a byte).
     */
    static final int RECORD_COST_IN_BYTES = 4096;

    /**
     * A big file is scanned in two ranges at once. The thread of the last range, where the window of
     * most recent records lies, reads back and parses its records as soon as its scan is done, while
     * the first range is still being scanned: the last range is made shorter by what that costs, so
     * both threads end together and no serial step is left between the scan and the analysis.
     */
    private void stream(Capture capture, SectionSplitter splitter, State state) {
        try {
            Path file = capture.file();
            Charset charset = BulkLogScanner.charsetOf(file);
            long size = Files.size(file);
            int parts = size > parallelAbove ? Math.min(2, cores) : 1;
            // moving the cut by half the window's cost takes that half from the last part and gives it to the first
            long[] cuts = BulkLogScanner.cuts(file, parts, Math.min(size / 4, (long) eventCapacity * RECORD_COST_IN_BYTES / 2));
            List<Part> done = new ArrayList<>();
            if (parts == 1) {
                Part only = scanPart(capture, charset, 0, cuts[1], splitter, state);
                done.add(only.withWindow(readWindow(capture, charset, only, Math.min(only.recent().kept(), eventCapacity))));
            } else {
                // the last range on another thread, with its own grammar objects
                java.util.concurrent.FutureTask<Part> last = new java.util.concurrent.FutureTask<>(() -> {
                    SnapshotParser own = new SnapshotParser(eventCapacity, parallelAbove, cores);
                    Part part = own.scanPart(capture, charset, cuts[1], cuts[2], new SectionSplitter(),
                            new State(new EventWindow(eventCapacity)));
                    return part.withWindow(own.readWindow(capture, charset, part, Math.min(part.recent().kept(), eventCapacity)));
                });
                Thread thread = new Thread(last, "l2tpdoctor-scan");
                thread.setDaemon(true);
                thread.start();
                Part first = scanPart(capture, charset, cuts[0], cuts[1], splitter, state);
                Part second = last.get();
                int rest = Math.max(0, Math.min(first.recent().kept(), eventCapacity - second.window().size()));
                done.add(first.withWindow(readWindow(capture, charset, first, rest)));
                done.add(second);
            }
            merge(done, state);
        } catch (IOException e) {
            throw new UncheckedIOException(capture.source() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + capture.source());
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u : new IllegalStateException(e.getCause());
        }
    }

    /**
     * What one range of a big file gave; line numbers count from 1 at the range's start. The
     * window: the newest records of the range that the window keeps, read back and parsed.
     */
    private record Part(State state, RecentRecords recent, List<SectionSummary> runs, int lines, String identity,
            List<Parsed> window) {
        Part withWindow(List<Parsed> parsed) {
            return new Part(state, recent, runs, lines, identity, parsed);
        }
    }

    private Part scanPart(Capture capture, Charset charset, long from, long to, SectionSplitter splitter, State state)
            throws IOException {
        RecentRecords recent = new RecentRecords(eventCapacity);
        List<SectionSummary> runs = new ArrayList<>();
        int lines = BulkLogScanner.scanRange(capture.file(), charset, from, to, new BulkLogScanner.Listener() {
            @Override
            public void otherLines(int firstLine, List<String> other) {
                Capture run = new Capture(capture.source(), null, String.join("\n", other));
                splitter.split(run, firstLine).forEach(section -> read(section, state));
            }

            @Override
            public void relevantLogLine(int lineNumber, long offset, int length) {
                recent.add(lineNumber, offset, length);
            }

            @Override
            public void logRun(int firstLine, int count, int understood) {
                runs.add(new SectionSummary(new Origin(capture.source(), firstLine), "log", null, Menus.LOG.path(),
                        count, understood));
            }
        });
        return new Part(state, recent, runs, lines, splitter.identity().orElse(null), List.of());
    }

    /** The newest {@code newest} records the part kept, read back and parsed (lines of the part). */
    private List<Parsed> readWindow(Capture capture, Charset charset, Part part, int newest) throws IOException {
        return parseRecords(capture.source(), part.recent().read(capture.file(), charset, newest));
    }

    /**
     * Puts the parts together in file order: the second part's lines shifted by the first's, its
     * other findings appended, and the window's events of all parts merged into the snapshot's.
     */
    private void merge(List<Part> parts, State state) {
        int offset = 0;
        List<SectionSummary> runs = new ArrayList<>();
        List<Parsed> window = new ArrayList<>();
        long unread = 0;
        for (Part part : parts) {
            if (part.state() != state) {
                state.absorb(part.state(), offset);
                if (state.identity == null) {
                    state.identity = part.identity();
                }
            }
            for (SectionSummary run : part.runs()) {
                SectionSummary here = Shift.summary(run, offset);
                SectionSummary before = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (before != null && run.origin().line() == 1 && before.origin().line() + before.lines() == offset + 1) {
                    // one run of log lines that the cut between the parts went through: one section, as
                    // one scan of the file finds it (the report must not depend on the number of cores)
                    runs.set(runs.size() - 1, new SectionSummary(before.origin(), before.kind(), before.command(),
                            before.menu(), before.lines() + here.lines(), before.understood() + here.understood()));
                } else {
                    runs.add(here);
                }
            }
            for (Parsed parsed : part.window()) {
                window.add(shifted(parsed, offset));
            }
            unread += part.recent().count() - part.window().size();
            offset += part.lines();
        }
        List<LogEvent> read = new ArrayList<>();
        for (Parsed parsed : window) {
            if (parsed.event() != null) {
                read.add(parsed.event());
            } else {
                state.warn(parsed.warning());
                takeBackUnderstood(runs, parsed.warning().origin().line());
            }
        }
        state.events.mergeInLineOrder(read);
        state.events.countUnread(unread);
        state.sections.addAll(runs);
    }

    /** A record read back: its event, or the warning it gave; and its text. */
    private record Parsed(LogEvent event, ParseWarning warning, String text) {
    }

    private List<Parsed> parseRecords(String source, List<RecentRecords.Record> records) {
        List<Parsed> out = new ArrayList<>(records.size());
        for (RecentRecords.Record r : records) {
            out.add(parsed(r.text(), new Origin(source, r.line())));
        }
        return out;
    }

    private Parsed parsed(String text, Origin origin) {
        LogEvent event = logs.parseLine(text, origin).orElse(null);
        return new Parsed(event, event != null ? null : new ParseWarning(origin, 1, text, "not a log line"), text);
    }

    /**
     * A record of a later part at its line in the whole file. An event whose message holds a mask
     * is parsed again there rather than moved: moving makes the event anew, which masks its
     * message again, and masking is not idempotent for every text that holds a mask (a text
     * without one was left as it was, so masking it again leaves it too; see Row.of).
     */
    private Parsed shifted(Parsed p, int offset) {
        if (offset == 0) {
            return p;
        }
        if (p.event() == null) {
            return new Parsed(null, Shift.warning(p.warning(), offset), p.text());
        }
        if (p.event().message().contains(Secrets.MASK)) {
            return parsed(p.text(), Shift.origin(p.event().origin(), offset));
        }
        return new Parsed(Shift.event(p.event(), offset), null, p.text());
    }

    private static void takeBackUnderstood(List<SectionSummary> runs, int line) {
        for (int i = 0; i < runs.size(); i++) {
            SectionSummary run = runs.get(i);
            if (line >= run.origin().line() && line < run.origin().line() + run.lines()) {
                runs.set(i, new SectionSummary(run.origin(), run.kind(), run.command(), run.menu(), run.lines(),
                        run.understood() - 1));
                return;
            }
        }
    }

    private void read(Section section, State state) {
        if (section instanceof Section.Export e) {
            ExportExtractor.Read read = exports.extract(e);
            state.exported(read, e.whole());
            state.add(section, read.extraction());
        } else {
            state.add(section, extract(section));
        }
    }

    private Extraction extract(Section section) {
        if (section instanceof Section.Print p) {
            return prints.extract(p);
        }
        if (section instanceof Section.Log l) {
            return logs.extract(l);
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

    /** Menus of items (not settings) that an export lists whenever it has any. */

    /** What has been read so far. */
    private static final class State {
        final Map<String, List<Row>> tables = new LinkedHashMap<>();
        final EventWindow events;
        final List<ParseWarning> warnings = new ArrayList<>();
        final List<SectionSummary> sections = new ArrayList<>();
        final List<Row> repairs = new ArrayList<>();
        /** The commands of every export section, replayed together onto the factory objects at the end. */
        final List<ExportExtractor.Command> commands = new ArrayList<>();
        /** Each printed row, with how many lines of its print were left unread: {@link SettingsPrints}. */
        final Map<Row, Integer> printUnread = new java.util.IdentityHashMap<>();
        RouterVersion exportVersion = RouterVersion.UNKNOWN;
        RouterVersion version = RouterVersion.UNKNOWN;
        String identity;
        boolean fromExport;
        boolean exported;
        /** Menus an export, script or typed command adds to or sets. */
        final java.util.Set<String> changed = new java.util.HashSet<>();

        State(EventWindow events) {
            this.events = events;
        }

        void add(Section section, Extraction x) {
            if (section instanceof Section.Print && x.menu() != null && !x.menu().equals("/unknown")) {
                tables.computeIfAbsent(x.menu(), m -> new ArrayList<>()); // read, even if it has no items
            }
            x.rows().forEach(r -> tables.computeIfAbsent(r.menu(), m -> new ArrayList<>()).add(r));
            if (section instanceof Section.Print) {
                x.rows().forEach(r -> printUnread.put(r, x.lines() - x.understood()));
            }
            events.addAll(x.events());
            x.warnings().forEach(this::warn);
            sections.add(new SectionSummary(new Origin(section.source(), section.firstLine()), section.kind(),
                    section.command(), x.menu(), x.lines(), x.understood()));
            version = better(version, x.version());
            fromExport |= section instanceof Section.Export e && e.whole();
            if (x.identity() != null) {
                identity = x.identity();
            }
        }

        /** Takes in what another part of the same file gave, its lines shifted by {@code offset}. */
        void absorb(State other, int offset) {
            other.tables.forEach((menu, rows) -> {
                List<Row> target = tables.computeIfAbsent(menu, m -> new ArrayList<>());
                rows.forEach(r -> target.add(Shift.row(r, offset)));
            });
            events.addAll(other.events.events().stream().map(e -> Shift.event(e, offset)).toList());
            other.warnings.forEach(w -> warn(Shift.warning(w, offset)));
            // (printed rows of another part are shifted copies: a settings print split across parts is not compared)
            other.sections.forEach(sec -> sections.add(Shift.summary(sec, offset)));
            version = better(version, other.version);
            fromExport |= other.fromExport;
            exported |= other.exported;
            changed.addAll(other.changed);
            other.commands.forEach(c -> commands.add(c.shifted(offset)));
            exportVersion = better(exportVersion, other.exportVersion);
            if (identity == null) {
                identity = other.identity;
            }
        }

        /**
         * Keeps an export section's commands for the replay at the end, and places its menus in the
         * tables now, so the menus keep the order in which the paste showed them.
         */
        void exported(ExportExtractor.Read read, boolean whole) {
            exported = true;
            if (whole && !fromExport) {
                Menus.ALL.stream().filter(m -> !m.builtins().isEmpty())
                        .forEach(m -> tables.computeIfAbsent(m.path(), k -> new ArrayList<>()));
            }
            read.commands().stream().filter(c -> c.verb().equals("add") || c.verb().equals("set"))
                    .forEach(c -> {
                        tables.computeIfAbsent(c.menu(), k -> new ArrayList<>());
                        changed.add(c.menu());
                    });
            commands.addAll(read.commands());
            exportVersion = better(exportVersion, read.extraction().version());
        }

        void warn(ParseWarning w) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(w);
            }
        }

        Snapshot snapshot() {
            repairs.addAll(SettingsPrints.oneEach(tables, printUnread));
            if (exported) {
                java.util.Set<String> printed = new java.util.HashSet<>();
                printUnread.keySet().forEach(r -> printed.add(r.menu()));
                for (Row r : ExportExtractor.replay(commands, exportVersion)) {
                    // Without a whole export, the factory objects stand only for the menus the commands
                    // changed, and a menu the paste printed is shown by its print: a typed "set" laid on
                    // factory values would otherwise contradict it (use-ipsec=no under a printed required).
                    if (fromExport || changed.contains(r.menu()) && !printed.contains(r.menu())) {
                        tables.computeIfAbsent(r.menu(), m -> new ArrayList<>()).add(r);
                    }
                }
            }
            if (fromExport) {
                // an export is the whole configuration: a list menu it does not mention has no items
                // (settings menus are not listed: their absence means factory values, see Menus)
                Menus.ALL.stream().filter(Menu::wholeInExport)
                        .forEach(menu -> tables.computeIfAbsent(menu.path(), m -> new ArrayList<>()));
            }
            if (!repairs.isEmpty() && !(tables.isEmpty() && events.events().isEmpty())) {
                tables.put(RepairRows.MENU, repairs); // only beside something read: repairing noise is no result
            }
            List<Row> legacy = LegacyPeerMapper.map(tables.getOrDefault(Menus.IPSEC_PEER.path(), List.of()));
            legacy.forEach(r -> tables.computeIfAbsent(r.menu(), m -> new ArrayList<>()).add(r));
            version = better(version, versionFromResource(tables));
            if (identity == null) {
                identity = tables.getOrDefault(Menus.SYSTEM_IDENTITY.path(), List.of()).stream()
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
        for (Row row : tables.getOrDefault(Menus.SYSTEM_RESOURCE.path(), List.of())) {
            String version = row.get("version");
            if (version != null) {
                return RouterVersion.parse(version, Menus.SYSTEM_RESOURCE.paste());
            }
        }
        return RouterVersion.UNKNOWN;
    }
}
