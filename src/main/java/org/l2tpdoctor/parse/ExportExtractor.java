package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.l2tpdoctor.model.Menu;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.PropertyValues;
import org.l2tpdoctor.model.RouterVersion;
import org.l2tpdoctor.model.Row;

/**
 * The extraction step for {@code /export}: joins {@code \}-continued lines, reads each logical
 * line with {@code ScriptParser.exportLine}, and replays the commands onto the router's built-in
 * objects so that what the export leaves out still has its factory value.
 */
final class ExportExtractor {
    private static final Pattern BANNER = Pattern.compile("by RouterOS (\\d+\\.\\d+(\\.\\d+)?(\\w*)?)");

    private final ReusedGrammar<ScriptParser> grammar =
            new ReusedGrammar<>(text -> new ScriptLexer(text), tokens -> new ScriptParser(tokens));
    private final LineErrors errors = grammar.errors();

    /** One command as the export wrote it. */
    record Command(String menu, String verb, String target, Map<String, String> args, Origin origin) {
        Command shifted(int lines) {
            return new Command(menu, verb, target, args, new Origin(origin.source(), origin.line() + lines));
        }
    }

    /**
     * What one export section said: its line counts and warnings, and its commands. The rows come
     * from {@link #replay} over the commands of every export section of a paste together, so that a
     * paste of two exports ({@code /interface l2tp-server server export}, then {@code /ip ipsec export})
     * or of commands typed one per prompt gives one set of factory objects, each changed in order.
     */
    record Read(Extraction extraction, List<Command> commands) {
    }

    Read extract(Section.Export section) {
        List<ParseWarning> warnings = new ArrayList<>();
        List<Command> commands = new ArrayList<>();
        RouterVersion version = RouterVersion.UNKNOWN;
        String identity = null;
        String menu = section.menu() == null ? "/" : section.menu();
        int understood = 0;
        List<String> lines = section.lines();
        for (int i = 0; i < lines.size(); i++) {
            int first = i;
            StringBuilder logical = new StringBuilder(lines.get(i).stripTrailing());
            int skipped = 0;
            while (endsWithContinuation(logical) && i + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                String next = lines.get(++i).stripLeading();
                if (logical.length() + next.length() > InputText.MAX_LINE) {
                    skipped++; // a command no router exports: read its start, count the rest, keep memory flat
                    logical.append(next.endsWith("\\") ? "\\" : "");
                } else {
                    logical.append(next);
                }
            }
            String text = logical.toString();
            Origin origin = new Origin(section.source(), section.firstLine() + first);
            if (skipped > 0 && warnings.size() < SnapshotParser.MAX_WARNINGS) {
                warnings.add(new ParseWarning(origin, 1, lines.get(first), "a command continued over " + (i - first + 1)
                        + " lines: only its first " + InputText.MAX_LINE + " characters were read"));
            }
            int physical = i - first + 1;
            Matcher banner = BANNER.matcher(text);
            if (text.startsWith("#") && banner.find()) {
                version = RouterVersion.parse(banner.group(1), "export banner");
            }
            ScriptParser.ExportLineContext ctx = parse(text);
            if (errors.any()) {
                warnings.add(new ParseWarning(origin, errors.column(), text, "not an export command: " + errors.message()));
                for (int j = 1; j < physical && warnings.size() < SnapshotParser.MAX_WARNINGS; j++) {
                    warnings.add(new ParseWarning(new Origin(section.source(), origin.line() + j), 1, lines.get(first + j),
                            "continues line " + origin.line() + ", which was not understood"));
                }
                continue;
            }
            understood += physical;
            if (ctx instanceof ScriptParser.ExportMenuContext m) {
                menu = ScriptText.menu(m.menuPath());
            } else if (ctx instanceof ScriptParser.ExportCommandContext c) {
                String commandMenu = c.menuPath() == null ? menu : ScriptText.menu(c.menuPath());
                Command command = command(commandMenu, c, origin);
                if (rejectValues(command, c, text, warnings)) {
                    understood -= physical; // a value no router takes: the line is not understood, the rest of it is used
                }
                commands.add(command);
                if (command.menu().equals(Menus.SYSTEM_IDENTITY.path()) && command.args().containsKey("name")) {
                    identity = command.args().get("name");
                }
            }
        }
        return new Read(new Extraction("/export", List.of(), List.of(), warnings, lines.size(), understood, version,
                identity), commands);
    }

    /**
     * Takes out of the command every value its setting cannot have ({@code use-ipsec=requird}: a
     * typo, which would read as "not required"), warning where it stands; true when it took one.
     */
    private static boolean rejectValues(Command command, ScriptParser.ExportCommandContext c, String text,
            List<ParseWarning> warnings) {
        boolean rejected = false;
        for (ScriptParser.ArgumentContext arg : c.argument()) {
            if (arg instanceof ScriptParser.NamedArgumentContext named && named.value() != null) {
                String key = named.name().getText();
                String value = command.args().get(key);
                List<String> allowed = PropertyValues.rejected(command.menu(), key, value);
                if (!allowed.isEmpty()) {
                    command.args().remove(key);
                    rejected = true;
                    if (warnings.size() < SnapshotParser.MAX_WARNINGS) {
                        warnings.add(new ParseWarning(command.origin(), named.value().getStart().getCharPositionInLine() + 1,
                                text, PropertyValues.reason(key, value, allowed)));
                    }
                }
            }
        }
        return rejected;
    }

    private static boolean endsWithContinuation(StringBuilder line) {
        return line.length() > 0 && line.charAt(line.length() - 1) == '\\';
    }

    private ScriptParser.ExportLineContext parse(String text) {
        return grammar.on(text).exportLine();
    }

    private static Command command(String menu, ScriptParser.ExportCommandContext c, Origin origin) {
        Map<String, String> args = new LinkedHashMap<>();
        String target = null;
        for (ScriptParser.ArgumentContext arg : c.argument()) {
            if (arg instanceof ScriptParser.NamedArgumentContext named) {
                args.put(named.name().getText(), named.value() == null ? "" : ScriptText.value(named.value()));
            } else if (arg instanceof ScriptParser.SubcommandArgumentContext sub) {
                target = ScriptText.find(sub.command());
            } else if (arg instanceof ScriptParser.PositionalArgumentContext pos) {
                target = pos.name().getText();
            }
        }
        return new Command(menu, c.verb().getText(), target, args, origin);
    }

    /** Builds the rows: built-in objects first, then each add and set in order. */
    static List<Row> replay(List<Command> commands, RouterVersion version) {
        Set<String> menus = new LinkedHashSet<>();
        commands.forEach(c -> menus.add(c.menu()));
        List<MutableRow> rows = new ArrayList<>();
        // An export prints only what differs from the factory values, so the built-in objects come first.
        for (Menu menu : Menus.ALL) {
            for (Menu.Builtin b : menu.builtins()) {
                rows.add(new MutableRow(menu.path(), b.exportId(), b.selectorName(), new LinkedHashSet<>(b.flags()),
                        new LinkedHashMap<>(b.values(version.major())), new Origin("factory default", 0)));
            }
        }
        for (Command c : commands) {
            switch (c.verb()) {
                case "add" -> {
                    Menu menu = Menus.byPath(c.menu());
                    Map<String, String> values = new LinkedHashMap<>(menu == null ? Map.of() : menu.newItem(c.args()));
                    values.putAll(c.args());
                    Set<String> flags = new LinkedHashSet<>();
                    if ("yes".equals(values.get("disabled"))) {
                        flags.add("disabled");
                    }
                    rows.add(new MutableRow(c.menu(), null, null, flags, values, c.origin()));
                }
                case "set" -> set(rows, c);
                default -> {
                    // remove, move, enable... change nothing the diagnosis reads from an export
                }
            }
        }
        List<Row> out = new ArrayList<>();
        for (MutableRow r : rows) {
            String comment = r.values.remove("comment");
            out.add(new Row(r.menu, r.id, r.flags, r.values, comment, r.origin));
        }
        return out;
    }

    private static void set(List<MutableRow> rows, Command c) {
        MutableRow match = null;
        for (MutableRow r : rows) {
            if (r.menu.equals(c.menu()) && r.matches(c.target())) {
                match = r;
                break;
            }
        }
        if (match == null) {
            match = new MutableRow(c.menu(), c.target(), null, new LinkedHashSet<>(), new LinkedHashMap<>(), c.origin());
            rows.add(match);
        }
        match.values.putAll(c.args());
        if (match.origin.line() == 0) {
            match.origin = c.origin();
        }
    }

    private static final class MutableRow {
        final String menu;
        final String id;
        final String name;
        final Set<String> flags;
        final Map<String, String> values;
        Origin origin;

        MutableRow(String menu, String id, String name, Set<String> flags, Map<String, String> values, Origin origin) {
            this.menu = menu;
            this.id = id;
            this.name = name;
            this.flags = flags;
            this.values = values;
            this.origin = origin;
        }

        /** A set's target: null (settings menus), "default=yes", "name=x", "0", "*FFFFFFFE". */
        boolean matches(String target) {
            if (target == null) {
                return true;
            }
            if (target.equals("default=yes")) {
                return flags.contains("default");
            }
            if (target.startsWith("name=") || target.startsWith("default-name=")) {
                String wanted = target.substring(target.indexOf('=') + 1);
                return wanted.equals(values.get("name")) || wanted.equals(values.get("default-name"));
            }
            return target.equals(id) || (name != null && target.equals(name));
        }
    }
}
