package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.PropertyValues;
import org.l2tpdoctor.model.RouterVersion;
import org.l2tpdoctor.model.Row;

/**
 * The extraction step for print output: runs {@code PrintParser} one line at a time (one reused
 * lexer and parser) and assembles rows from the kinds of line it sees — legend, header, item,
 * continuation, setting. Table cells are placed by their column under the header, or by header
 * order when the padding was lost (documentation copies collapse spaces).
 */
final class PrintExtractor {
    private final ReusedGrammar<PrintParser> grammar =
            new ReusedGrammar<>(text -> new PrintLexer(text), tokens -> new PrintParser(tokens));
    private final LineErrors errors = grammar.errors();
    private final LogExtractor echoes;

    PrintExtractor(LogExtractor echoes) {
        this.echoes = echoes;
    }

    Extraction extract(Section.Print section) {
        Builder table = new Builder(section);
        List<String> lines = section.lines();
        boolean countOnly = section.command() != null && section.command().contains("count-only");
        String peeked = null; // the next line, when the joining below already made it (a String per get)
        int peekedAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            int number = section.firstLine() + i;
            String line = peekedAt == i ? peeked : lines.get(i);
            if (countOnly && !line.isBlank() && line.strip().chars().allMatch(Character::isDigit)) {
                table.understood++; // "print count-only" prints just the number of items
                continue;
            }
            if (LineShapes.isEcho(line)) {
                var echo = echoes.parseLine(line, new Origin(section.source(), number));
                if (echo.isPresent()) {
                    table.events.add(echo.get());
                    table.understood++;
                } else {
                    table.warn(number, 1, line, "console echo line not understood");
                }
                continue;
            }
            int joined = 0;
            while (i + 1 < lines.size() && joined < 20) {
                if (Quoting.quoteCount(line) % 2 == 1) {
                    line = line + " " + lines.get(++i).strip();
                } else {
                    String next = lines.get(i + 1);
                    if (!valueWrapsOnto(line, next)) {
                        peeked = next;
                        peekedAt = i + 1;
                        break;
                    }
                    line = line + next.strip(); // "password=" then the value on the next line
                    i++;
                }
                joined++;
            }
            PrintLine read = FastPrintLine.read(line);
            if (read == null) {
                PrintParser.LineContext ctx = grammar.on(line).line();
                if (errors.any()) {
                    table.warn(number, errors.column(), line, "not a print line: " + errors.message());
                    for (int j = 1; j <= joined; j++) {
                        table.warn(number + j, 1, lines.get(i - joined + j), "continues line " + number + ", which was not understood");
                    }
                    continue;
                }
                read = PrintLineTree.of(ctx, line);
            }
            table.accept(read, line, number, joined + 1);
            table.understood += joined + 1;
        }
        return table.finish();
    }

    /**
     * A print line that ends in {@code key=} has its value on the next line (RouterOS wraps a long
     * value there; an empty one it prints as {@code ""}). Read apart, the key looked empty (an
     * empty secret is a finding) and the value became a stray word.
     */
    static boolean valueWrapsOnto(String line, String next) {
        int end = line.length() - 1;
        while (end >= 0 && line.charAt(end) == ' ') {
            end--;
        }
        if (end < 1 || line.charAt(end) != '=' || line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '='
                || next.isEmpty() || next.charAt(0) != ' ') {
            return false;
        }
        String rest = next.strip();
        int digits = 0;
        while (digits < rest.length() && Character.isDigit(rest.charAt(digits))) {
            digits++;
        }
        boolean nextItem = digits > 0 && (digits == rest.length() || rest.charAt(digits) == ' ');
        return !rest.isEmpty() && !rest.startsWith(";;;") && !nextItem && rest.charAt(0) != '=';
    }

    /** Lines one item may span: a print detail item is a few, a wrapped one a dozen. */
    static final int MAX_ITEM_LINES = 1000;
    /** A v6 legend names its flags in lower case ("X - disabled"), a v7 one in capitals ("X - DISABLED"). */
    private static final java.util.regex.Pattern LOWER_LEGEND = java.util.regex.Pattern.compile(".*- [a-z].*");
    private static final java.util.regex.Pattern UPPER_LEGEND = java.util.regex.Pattern.compile(".*- [A-Z]{2,}.*");

    private static final class Draft {
        final String id;
        final int line;
        String comment;
        final List<PrintField> fields = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();
        final List<Integer> spans = new ArrayList<>();

        Draft(String id, int line, String comment) {
            this.id = id;
            this.line = line;
            this.comment = comment;
        }
    }

    /** Per-section state while lines arrive. */
    private final class Builder {
        private final Section.Print section;
        private final Flags flags = new Flags();
        private final List<TableLayout.Column> header = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final List<LogEvent> events = new ArrayList<>();
        private final List<ParseWarning> warnings = new ArrayList<>();
        private Draft current;
        private String pendingComment;
        private String lastSetting;
        private int settingsLine;
        private int understood;
        private boolean v7Style;
        private boolean unnumbered;

        Builder(Section.Print section) {
            this.section = section;
        }

        void warn(int line, int column, String text, String reason) {
            // the snapshot keeps no more than this either; a paste of junk must not fill memory with them
            if (warnings.size() < SnapshotParser.MAX_WARNINGS) {
                warnings.add(new ParseWarning(new Origin(section.source(), line), column, text, reason));
            }
        }

        /**
         * A line (and the lines joined to it) read but not used: warned about, and taken back out of
         * the understood count that {@link #extract} adds for every line it hands to {@link #accept}.
         */
        private void drop(int number, int span, String text, String reason) {
            warn(number, 1, text, reason);
            for (int j = 1; j < span; j++) {
                warn(number + j, 1, "", "continues line " + number + ", which was not read");
            }
            understood -= span;
        }

        void accept(PrintLine read, String text, int number, int span) {
            if (read instanceof PrintLine.Legend legend) {
                legend.entries().forEach(flags::define);
                if (legend.opensLegend()) {
                    v7Style |= text.contains(";") || !LOWER_LEGEND.matcher(text).matches() && UPPER_LEGEND.matcher(text).matches();
                }
            } else if (read instanceof PrintLine.Columns) {
                v7Style = true;
            } else if (read instanceof PrintLine.Header h) {
                header.clear();
                header.addAll(h.columns());
            } else if (read instanceof PrintLine.Comment c) {
                if (current != null && current.fields.isEmpty() && current.comment == null) {
                    current.comment = c.text();
                } else {
                    pendingComment = c.text();
                }
            } else if (read instanceof PrintLine.Item item) {
                current = new Draft(item.id(), number, pendingComment);
                pendingComment = null;
                drafts.add(current);
                current.texts.add(text);
                current.lines.add(number);
                current.spans.add(span);
                current.fields.addAll(item.fields());
                if (item.comment() != null) {
                    current.comment = item.comment();
                }
            } else if (read instanceof PrintLine.Continuation more) {
                continuation(more, text, number, span);
            } else if (read instanceof PrintLine.Setting setting) {
                List<String> allowed = section.menu() == null ? List.of()
                        : PropertyValues.rejected(section.menu(), setting.key(), setting.value());
                if (!allowed.isEmpty()) {
                    // a value no router prints (a typo): reported where it stands, and not taken as the value
                    int at = text.indexOf(setting.value(), Math.max(0, text.indexOf(setting.key())));
                    warn(number, at < 0 ? 1 : at + 1, text, PropertyValues.reason(setting.key(), setting.value(), allowed));
                    understood -= span;
                    lastSetting = null;
                    return;
                }
                lastSetting = setting.key();
                settings.put(lastSetting, setting.value());
                if (settingsLine == 0) {
                    settingsLine = number;
                }
            }
        }

        private void continuation(PrintLine.Continuation more, String text, int number, int span) {
            List<PrintField> fields = more.fields();
            boolean onlyWords = fields.stream().allMatch(PrintField::isWord);
            if (onlyWords && header.isEmpty() && drafts.isEmpty() && settings.isEmpty() && fields.size() >= 2
                    && fields.stream().allMatch(f -> f.word().chars().allMatch(c -> c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9' || c == '-') && Character.isLetter(f.word().charAt(0)))) {
                // a table header without the "#" column, as "/ip pool used print" prints it
                fields.forEach(f -> header.add(new TableLayout.Column(f.word().toLowerCase(Locale.ROOT), f.start())));
                unnumbered = true;
                return;
            }
            if (unnumbered) {
                current = null; // without item numbers, every line of the table is a row
            }
            if (!settings.isEmpty() && current == null
                    && (lastSetting == null || !onlyWords || fields.size() != 1 || more.comment() != null)) {
                // the next line of a value holds one value ("mschap2"); other words after the settings are no part of the print
                drop(number, span, text, "not part of the print: a line after its settings that is neither"
                        + " a setting nor the next line of a value");
                return;
            }
            if (lastSetting != null && current == null && onlyWords) {
                // a multi-line setting value: "authentication: mschap1" then "mschap2"
                if (settings.getOrDefault(lastSetting, "").length() > InputText.MAX_LINE) {
                    drop(number, span, text, "the value of '" + lastSetting + "' goes on past " + InputText.MAX_LINE
                            + " characters; the rest is not read");
                    return;
                }
                String words = String.join(",", fields.stream().map(PrintField::word).toList());
                settings.merge(lastSetting, words, (a, b) -> a.isEmpty() ? b : a + "," + b);
                return;
            }
            if (current == null) {
                current = new Draft(null, number, pendingComment);
                pendingComment = null;
                drafts.add(current);
            }
            if (current.texts.size() >= MAX_ITEM_LINES) {
                // no RouterOS item spans this many lines: junk, which must not fill memory
                drop(number, span, text, "item " + (current.id == null ? "" : current.id + " ") + "goes on past "
                        + MAX_ITEM_LINES + " lines; the rest of it is not read");
                return;
            }
            current.fields.addAll(fields);
            current.texts.add(text);
            current.lines.add(number);
            current.spans.add(span);
            if (more.comment() != null) {
                current.comment = more.comment();
            }
        }

        Extraction finish() {
            List<Draft> done = drafts;
            List<Row> rows = new ArrayList<>();
            String menu = section.menu();
            if (menu == null) {
                menu = MenuGuesser.guess(keysOf(done), settings.keySet());
                if (MenuGuesser.isFirewall(menu)) {
                    menu = MenuGuesser.firewallMenu(done.stream().flatMap(d -> d.fields.stream())
                            .filter(f -> "chain".equals(f.key())).map(PrintField::value).toList());
                }
            }
            // the header and flags are final by now: one layout for every row of the table
            TableLayout layout = header.isEmpty() ? null : new TableLayout(header, flags);
            for (Draft draft : done) {
                if (header.isEmpty() && isProse(draft)) {
                    // words with no key=value, no header and no legend: not print output at all
                    for (int i = 0; i < draft.lines.size(); i++) {
                        for (int j = 0; j < draft.spans.get(i); j++) {
                            warn(draft.lines.get(i) + j, 1, j == 0 ? draft.texts.get(i) : "",
                                    "not RouterOS output (no key=value, no table header)");
                        }
                        understood -= draft.spans.get(i);
                    }
                    continue;
                }
                rows.add(layout == null ? detailRow(menu, draft) : tableRow(menu, draft, layout));
            }
            if (!settings.isEmpty()) {
                rows.add(new Row(menu, null, Set.of(), settings, null, new Origin(section.source(), settingsLine)));
            }
            RouterVersion version = v7Style ? new RouterVersion(7, 0, "7", "v7 print style (upper-case flags or Columns: header)")
                    : RouterVersion.UNKNOWN;
            return new Extraction(menu, rows, events, warnings, section.lines().size(), understood, version, null);
        }

        private boolean isProse(Draft draft) {
            return draft.id == null && draft.comment == null && draft.fields.stream().allMatch(PrintField::isWord);
        }

        private Set<String> keysOf(List<Draft> done) {
            Set<String> keys = new LinkedHashSet<>();
            header.forEach(c -> keys.add(c.name()));
            done.forEach(d -> d.fields.stream().filter(f -> !f.isWord()).forEach(f -> keys.add(f.key())));
            return keys;
        }

        private Row detailRow(String menu, Draft draft) {
            Set<String> rowFlags = new LinkedHashSet<>();
            for (PrintField f : draft.fields) {
                if (!f.isWord()) {
                    break;
                }
                if (flags.isFlagWord(f.word())) {
                    f.word().chars().forEach(c -> rowFlags.add(flags.name((char) c)));
                }
            }
            // the row's own map, masked as it is filled: no second copy in the Row constructor
            Row.Builder props = new Row.Builder(menu, draft.id, rowFlags, draft.comment,
                    new Origin(section.source(), draft.line), draft.fields.size() + 2);
            List<String> truncated = new ArrayList<>();
            boolean seenProperty = false;
            List<String> stray = new ArrayList<>();
            for (PrintField f : draft.fields) {
                if (f.isWord()) {
                    if (seenProperty || !flags.isFlagWord(f.word())) {
                        stray.add(f.word());
                    }
                } else {
                    seenProperty = true;
                    props.put(f.key(), f.value());
                    if (f.truncated()) {
                        truncated.add(f.key());
                    }
                }
            }
            if (!stray.isEmpty()) {
                props.put(".words", String.join(" ", stray));
            }
            if (!truncated.isEmpty()) {
                props.put(".truncated", String.join(",", truncated));
            }
            return props.build();
        }

        private Row tableRow(String menu, Draft draft, TableLayout layout) {
            TableLayout.Placed placed = layout.place(
                    draft.fields.stream().filter(PrintField::isWord).toList());
            Map<String, String> props = new LinkedHashMap<>(placed.cells());
            draft.fields.stream().filter(f -> !f.isWord()).forEach(f -> props.put(f.key(), f.value()));
            return new Row(menu, draft.id, placed.flags(), props, draft.comment, new Origin(section.source(), draft.line));
        }
    }
}
