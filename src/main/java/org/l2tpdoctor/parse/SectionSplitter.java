package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.model.Menus;

/**
 * Splits a capture into sections. A terminal session is cut at its prompt lines
 * ({@code [admin@Office-GW] > /ip ipsec policy print detail}, {@code [admin@R1] /ip ipsec> print},
 * {@code /ip/ipsec/policy> print}); text without prompts is cut where its shape changes (log
 * lines, a {@code Flags:} header, an export banner).
 */
public final class SectionSplitter {
    private static final Pattern BRACKET_PROMPT = Pattern.compile(
            "^\\s*+\\[([^\\]@\\s]++)@([^\\]]++)\\]\\s*+(/[^>]*+)?>\\s?(.*)$");
    // possessive quantifiers: a megabyte-long line must not make the regex backtrack
    private static final Pattern PATH_PROMPT = Pattern.compile("^\\s*+(/[A-Za-z0-9/ -]*+)>\\s?(.*)$");

    /** Verbs of commands that change configuration: typed at a prompt, they are read as a script line. */
    private static final java.util.Set<String> CONFIG_VERBS = java.util.Set.of("add", "set", "remove", "unset",
            "enable", "disable", "move");

    /**
     * A print or export command on a line of its own, without the prompt it was typed at (the
     * prompt cut off in copying, or only its '>' left): " /interface l2tp-server server print".
     */
    private static final Pattern BARE_COMMAND = Pattern.compile(
            "^\\s*+(?:>\\s*+)?(/[a-z][a-z0-9-]*+(?:[ /][a-z][a-z0-9-]*+)*?[ /](?:print|export)(?:\\s.{0,200})?)$");

    private String identity;
    private final List<org.l2tpdoctor.model.ParseWarning> cuts = new ArrayList<>();
    private final List<Integer> quotedAt = new ArrayList<>();

    /** Lines (of the source) where a log message quoted in prose was read: {@link QuotedMessages}. */
    public List<Integer> quotedMessages() {
        return quotedAt;
    }

    /** A warning for each line cut at {@link InputText#MAX_LINE}, in the order met. */
    public List<org.l2tpdoctor.model.ParseWarning> cuts() {
        return cuts;
    }

    /** The router identity seen in the last prompt, if any. */
    public Optional<String> identity() {
        return Optional.ofNullable(identity);
    }

    public List<Section> split(Capture capture) {
        return split(capture, 1);
    }

    /** As {@link #split(Capture)}, for text that starts at line {@code firstLine} of its source. */
    public List<Section> split(Capture capture, int firstLine) {
        int offset = firstLine - 1;
        InputText.Lines read = InputText.read(capture.text());
        List<String> lines = read.lines();
        for (int[] cut : read.cut()) {
            cuts.add(new org.l2tpdoctor.model.ParseWarning(new org.l2tpdoctor.model.Origin(capture.source(),
                    offset + cut[0] + 1), InputText.MAX_LINE + 1, lines.get(cut[0]).substring(0, 80),
                    "a line of " + cut[1] + " characters: only its first " + InputText.MAX_LINE + " were read"));
        }
        if (capture.command() != null) {
            // evidence then reads "r1 /ip ipsec policy:4": which router, which command's output, which line
            String source = capture.source() + " " + MenuNames.ofCommand("/", capture.command());
            return List.of(sectionFor(source, capture.command(), "/", 1, lines));
        }
        List<Section> sections = new ArrayList<>();
        String menu = "/";
        String command = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            Prompt prompt = prompt(lines.get(i));
            if (prompt == null) {
                continue;
            }
            addSections(sections, capture.source(), command, menu, offset + start, lines.subList(start, i));
            identity = prompt.identity() != null ? prompt.identity() : identity;
            menu = prompt.menu();
            command = prompt.command().isBlank() ? null : prompt.command();
            if (command != null && command.startsWith("/") && !command.contains(" ")
                    && !command.contains("print") && !command.contains("export")) {
                // "/ip ipsec" alone changes the prompt's menu
                menu = command;
                command = null;
            }
            if (command != null && CONFIG_VERBS.contains(MenuNames.verbOf(command))) {
                // a command typed at the prompt ("[admin@R1] > /ppp/secret/add name=x ..."): read it as a
                // one-line script in the prompt's menu; whatever it printed is its output
                sections.add(new Section.Export(capture.source(), command, MenuNames.normalise(menu), offset + i + 1,
                        List.of(command)));
            }
            start = i + 1;
        }
        addSections(sections, capture.source(), command, menu, offset + start, lines.subList(start, lines.size()));
        return sections;
    }

    private void addSections(List<Section> out, String source, String command, String menu, int start,
                             List<String> lines) {
        if (lines.stream().allMatch(String::isBlank)) {
            if (command != null && MenuNames.verbOf(command).equals("print")) {
                // a print that printed nothing is evidence too: that menu has no items
                out.add(sectionFor(source, command, menu, start + 1, lines));
            }
            return;
        }
        if (command != null) {
            int logAt = firstLogLine(lines, MenuNames.verbOf(command), MenuNames.ofCommand(menu, command));
            int scriptAt = firstScriptMenu(lines, MenuNames.verbOf(command));
            int end = Math.min(logAt, scriptAt);
            out.add(sectionFor(source, command, menu, start + 1, lines.subList(0, end)));
            if (end < lines.size()) {
                // log lines or an export script pasted after a print, without a prompt of their own
                splitByShape(out, source, start + end, lines.subList(end, lines.size()));
            }
            return;
        }
        splitByShape(out, source, start, lines);
    }

    /**
     * Where an export script starts inside a print's output: a menu line ({@code /ip/ipsec/peer}) with
     * its first add/set/remove under it, which no print writes. Without this cut the script's lines
     * were taken for the print's rows, counted as understood, and its objects never read.
     */
    private static int firstScriptMenu(List<String> lines, String verb) {
        if (!verb.equals("print")) {
            return lines.size();
        }
        for (int i = 0; i < lines.size(); i++) {
            if (LineShapes.isExportMenu(lines.get(i)) && commandFollows(lines, i)) {
                return i;
            }
        }
        return lines.size();
    }

    /** Where stamped log lines start inside a print's output (console echo lines do not count). */
    private static int firstLogLine(List<String> lines, String verb, String menu) {
        if (!verb.equals("print") || menu.equals(Menus.LOG.path())) {
            return lines.size();
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (LineShapes.isLog(line) && !LineShapes.isEcho(line) && !line.startsWith(" ")) {
                return i;
            }
        }
        return lines.size();
    }

    private static Section sectionFor(String source, String command, String menu, int firstLine, List<String> lines) {
        String verb = MenuNames.verbOf(command);
        String target = MenuNames.ofCommand(menu, command);
        List<String> copy = TextLines.copyOf(lines); // a slice of the paste's lines, not a copy // a slice of the paste's lines, not a copy
        if (verb.equals("export")) {
            return new Section.Export(source, command, target, firstLine, copy);
        }
        if (target.equals(Menus.LOG.path()) && verb.equals("print")) {
            return new Section.Log(source, command, firstLine, copy);
        }
        if (verb.equals("print")) {
            return new Section.Print(source, command, target, firstLine, copy);
        }
        return new Section.Unrecognised(source, command, firstLine, copy);
    }

    /** Cuts prompt-less text where its shape changes. */
    private void splitByShape(List<Section> out, String source, int offset, List<String> lines) {
        Kind kind = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || LineShapes.isEcho(line) && kind == Kind.PRINT) {
                continue;
            }
            if (kind == null && isPlainComment(line)) {
                continue; // a script's opening comments belong to what follows, and do not decide its kind
            }
            Kind shape = shapeOf(line, kind);
            if (kind == Kind.PRINT && shape != Kind.EXPORT && LineShapes.isExportMenu(line) && commandFollows(lines, i)) {
                shape = Kind.EXPORT; // a menu header with its first command under it ends whatever came before
            }
            String quoted = shape == Kind.OTHER && kind != Kind.EXPORT ? QuotedMessages.in(line) : null;
            if (quoted != null) {
                // a known log message in a person's sentence: a record of its own, without time or topics
                if (i > start && (kind != null || !lines.subList(start, i).stream().allMatch(String::isBlank))) {
                    out.add(make(kind == null ? Kind.PRINT : kind, source, offset + start + 1, lines.subList(start, i)));
                }
                out.add(new Section.Log(source, null, offset + i + 1, List.of(quoted)));
                quotedAt.add(offset + i + 1);
                kind = null;
                start = i + 1;
                continue;
            }
            boolean startsNew = kind == null
                    || shape != kind && shape != Kind.OTHER
                    || shape == Kind.PRINT && LineShapes.isPrintHead(line) && kind == Kind.PRINT
                        && startsNewTable(lines, start, i)
                    || shape == Kind.EXPORT && LineShapes.isExportBanner(line);
            if (startsNew && i > start && kind != null) {
                out.add(make(kind, source, offset + start + 1, lines.subList(start, i)));
                start = i;
            }
            if (startsNew) {
                kind = shape == Kind.OTHER ? Kind.PRINT : shape;
            }
        }
        if (start < lines.size()) {
            out.add(make(kind == null ? Kind.PRINT : kind, source, offset + start + 1, lines.subList(start, lines.size())));
        }
    }

    /** A second "Flags:" or "Columns:" header starts a new table, unless it continues the header block. */
    private static boolean startsNewTable(List<String> lines, int start, int i) {
        for (int j = start; j < i; j++) {
            String line = lines.get(j);
            if (!line.isBlank() && !LineShapes.isPrintHead(line) && !line.trim().startsWith("X - ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the next line that is not blank is an export's command: add, set or remove. */
    private static boolean commandFollows(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String next = lines.get(j).strip();
            if (!next.isEmpty()) {
                return next.startsWith("add ") || next.startsWith("set ") || next.startsWith("remove ");
            }
        }
        return false;
    }

    /** A "# ..." line that is neither a table header nor an export banner. */
    private static boolean isPlainComment(String line) {
        return line.startsWith("#") && !LineShapes.isPrintHead(line) && !LineShapes.isExportBanner(line)
                && !LineShapes.isLog(line);
    }

    private static Kind shapeOf(String line, Kind current) {
        if (LineShapes.isExportBanner(line) || LineShapes.isScriptCommand(line)
                || (current != Kind.PRINT && LineShapes.isExportMenu(line))) {
            return Kind.EXPORT;
        }
        if (current == Kind.EXPORT) {
            // an export has no Flags:/Columns: lines, so one starts a print pasted after it
            return line.strip().startsWith("Flags:") || line.strip().startsWith("Columns:") ? Kind.PRINT : Kind.OTHER;
        }
        if (LineShapes.isLog(line)) {
            return Kind.LOG;
        }
        if (LineShapes.isPrintHead(line)) {
            return Kind.PRINT;
        }
        return Kind.OTHER;
    }

    private static Section make(Kind kind, String source, int firstLine, List<String> lines) {
        List<String> copy = TextLines.copyOf(lines); // a slice of the paste's lines, not a copy // a slice of the paste's lines, not a copy
        return switch (kind) {
            case LOG -> new Section.Log(source, null, firstLine, copy);
            case EXPORT -> new Section.Export(source, null, "/", firstLine, copy);
            default -> new Section.Print(source, null, null, firstLine, copy);
        };
    }

    private enum Kind { PRINT, LOG, EXPORT, OTHER }

    private record Prompt(String identity, String menu, String command) {
    }

    private static Prompt prompt(String line) {
        int start = LineShapes.skipSpace(line);
        if (start == line.length() || line.charAt(start) != '[' && line.charAt(start) != '/' && line.charAt(start) != '>') {
            return null; // every prompt starts so: most lines are not prompts, and need no regex to say so
        }
        Matcher m = BRACKET_PROMPT.matcher(line);
        if (m.matches()) {
            return new Prompt(m.group(2).trim(), m.group(3) == null ? "/" : m.group(3).trim(), m.group(4).trim());
        }
        m = PATH_PROMPT.matcher(line);
        if (m.matches() && !m.group(2).isBlank()) {
            return new Prompt(null, m.group(1).trim(), m.group(2).trim());
        }
        m = BARE_COMMAND.matcher(line);
        if (m.matches()) {
            return new Prompt(null, "/", m.group(1).trim());
        }
        return null;
    }
}
