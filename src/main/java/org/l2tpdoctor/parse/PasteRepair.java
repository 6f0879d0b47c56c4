package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what copying through a web page, a chat or a mail client does to RouterOS output, before
 * the paste is cut into sections: line breaks lost (the text re-split where RouterOS output
 * starts a line: a prompt, a log stamp with its topics, a menu path, an {@code add}/{@code set}/
 * {@code remove}, a {@code Flags:} or {@code Columns:} legend, an export's banner), HTML entities,
 * the forum code box's "Code: Select all", lone carriage returns. Nothing is guessed silently:
 * each kind of repair is returned with the lines of the paste it touched, and the report names it.
 * A paste that needs none of this is returned as it was, after one cheap look.
 */
public final class PasteRepair {
    /** The menu that lists the repairs, one row per kind: see {@code RepairRows}. */
    public static final String MENU = "/doctor paste-repair";

    /** Not a repair of the text: known log messages read out of a person's sentences ({@code QuotedMessages}). */
    public static final String QUOTED_MESSAGES = "log-in-prose";

    /** Menu paths, verbs and keys a copy glued together without spaces, separated again ({@code GluedWords}). */
    public static final String GLUED_WORDS = "glued-words";

    /** How many of the places a glued-words repair names in its sentence (all are counted). */
    private static final int PLACES_NAMED = 4;

    /** One kind of repair and where: lines of the paste as given, counted from 1. */
    public record Repair(String kind, int firstLine, int lastLine, int count, String detail) {
        public Repair(String kind, int firstLine, int lastLine, int count) {
            this(kind, firstLine, lastLine, count, "");
        }

        public String describe() {
            String where = firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
            return switch (kind) {
                case "line-breaks" -> "line breaks restored at " + count + " RouterOS boundaries (" + where + ")";
                case "html-entities" -> count + " HTML entities decoded (" + where + ")";
                case "code-box" -> count + " forum code-box headers removed (" + where + ")";
                case "line-endings" -> count + " lone carriage returns read as line ends (" + where + ")";
                case "wrapped-lines" -> count + " wrapped lines re-joined (" + where + ")";
                case GLUED_WORDS -> count + (count == 1 ? " word" : " words") + " glued together separated again ("
                        + where + (detail.isEmpty() ? "" : ": " + detail) + ")";
                case QUOTED_MESSAGES -> count + (count == 1 ? " RouterOS log message" : " RouterOS log messages")
                        + " found quoted in text, read without time or topics (" + where + ")";
                default -> kind + " (" + where + ")";
            };
        }
    }

    /** The repaired text and what was done to it. */
    public record Result(String text, List<Repair> repairs) {
    }

    /**
     * A line shorter than this is never cut at log stamps, menus and commands: output lines are,
     * whole RouterOS screens are not. A shorter line is only re-split when it is a prompt's print
     * with its output run on after it.
     */
    static final int JOINED_AT_LEAST = 160;

    /** What a web copy leaves (entities, the code box's header); compiled only when a paste shows one. */
    private static final class WebCopy {
        static final Map<String, String> ENTITIES = Map.of("&quot;", "\"", "&gt;", ">", "&lt;", "<",
                "&nbsp;", " ", "&#39;", "'", "&#039;", "'", "&#x27;", "'", "&amp;", "&");
        static final Pattern ENTITY = Pattern.compile("&(quot|gt|lt|nbsp|amp|#39|#039|#x27);");
        static final Pattern CODE_BOX = Pattern.compile("Code: ?Select all");
    }

    /**
     * Where RouterOS records start inside a joined line; compiled only when a paste has a line
     * long enough to be joined (the normal path, a paste with its line breaks, compiles none).
     */
    private static final class Boundaries {
        /**
         * Where a record starts inside a joined line. A log stamp (ISO, month or clock) directly
         * followed by a topic word, a prompt, an export banner or its comment lines, a
         * {@code Flags:}/{@code Columns:} legend. Line breaks that were simply dropped glue a stamp to
         * the digits before it ("len=21221:45:57"): the stamp is fixed-length, so the first match that
         * ends before the topics is the stamp itself.
         */
        static final Pattern BOUNDARY = Pattern.compile(
                "(?:\\d{4}-\\d\\d-\\d\\d[ T]|[a-z]{3}/\\d\\d(?:/\\d{4})? )?\\d\\d:\\d\\d:\\d\\d[ \\t]+(?=[a-z][a-z0-9-]*(?:,|[ \\t]))"
                        + "|\\[[^\\]\\s@]{1,64}@[^\\]\\s]{1,64}\\][ \\t]*(?:/[^>\\s]{0,64}(?: [a-z0-9-]+){0,4})?>"
                        + "|# (?:[a-z]{3}/\\d\\d/\\d{4}|\\d{4}-\\d\\d-\\d\\d) \\d\\d:\\d\\d:\\d\\d by RouterOS"
                        + "|# (?:software id|model|serial number) ="
                        + "|(?:Flags|Columns): ");
        /**
         * Where a message starts in a joined copy of Winbox's message column (no stamps, no topics):
         * the wordings of a client's story that LineShapes accepts without a stamp.
         */
        static final Pattern BARE_MESSAGE = Pattern.compile(
                "(?:respond|initiate) new phase [12]|ISAKMP-SA (?:established|deleted) |purging ISAKMP-SA |IPsec-SA established"
                        + "|first L2TP UDP packet received|<[0-9a-fA-F.:]{3,45}>: |<l2tp-[^>\\s]{1,64}>: |no suitable proposal found");
        /**
         * An export's menu path and the command after it, joined with or without a space
         * ("/ip ipsec peer add address=...", "/ip addressadd address=..."); and a command after a
         * value ("... name=a add name=b").
         */
        static final Pattern COMMAND = Pattern.compile(
                "/(?:ip|ipv6|ppp|interface|system|routing|tool|user|certificate|queue|snmp|radius|log|caps-man|disk|file)"
                        + "(?:[ /][a-z][a-z0-9-]*?)*?(?=\\s?(?:add|set|remove)(?:\\s|[a-z-]+=|\\[))"
                        + "|(?<=[=\"\\w\\]])\\s?(?=(?:add|set|remove) (?:[a-z-]+=|\\[ ?find\\b))");
    }

    private PasteRepair() {
    }

    public static Result repair(String text) {
        List<Repair> repairs = new ArrayList<>();
        String t = lineEndings(text, repairs);
        t = codeBoxes(t, repairs);
        t = entities(t, repairs);
        t = wraps(t, repairs);
        t = glued(t, repairs);
        t = lineBreaks(t, repairs);
        return new Result(t, List.copyOf(repairs));
    }

    private static String lineEndings(String text, List<Repair> repairs) {
        int lone = 0;
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                lone++;
            }
        }
        if (lone == 0) {
            return text;
        }
        String fixed = text.replace("\r\n", "\n").replace('\r', '\n');
        repairs.add(new Repair("line-endings", 1, lineOf(text, text.length()), lone));
        return fixed;
    }

    private static String codeBoxes(String text, List<Repair> repairs) {
        if (!text.contains("Select all")) {
            return text;
        }
        return replaceByLine(text, repairs, "code-box", line -> {
            Matcher m = WebCopy.CODE_BOX.matcher(line);
            StringBuilder out = new StringBuilder();
            int count = 0;
            int last = 0;
            while (m.find()) {
                out.append(line, last, m.start());
                if (m.start() > 0 && out.length() > 0 && !out.toString().isBlank()) {
                    out.append('\n');
                }
                last = m.end();
                count++;
            }
            out.append(line.substring(last).stripLeading());
            return new Edit(out.toString().strip().isEmpty() ? null : out.toString(), count);
        });
    }

    private static String entities(String text, List<Repair> repairs) {
        if (text.indexOf('&') < 0 && text.indexOf('\u00a0') < 0) {
            return text;
        }
        return replaceByLine(text, repairs, "html-entities", line -> {
            Matcher m = WebCopy.ENTITY.matcher(line);
            StringBuilder out = new StringBuilder();
            int count = 0;
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(WebCopy.ENTITIES.get(m.group())));
                count++;
            }
            m.appendTail(out);
            String s = out.toString();
            if (s.indexOf('\u00a0') >= 0) {
                count += (int) s.chars().filter(c -> c == '\u00a0').count();
                s = s.replace('\u00a0', ' ');
            }
            return new Edit(s, count);
        });
    }

    /** Lines a mail client wrapped at 72-80 columns, joined again (see {@link WrappedLines}). */
    private static String wraps(String text, List<Repair> repairs) {
        List<String> lines = InputText.lines(text);
        if (!WrappedLines.mayBeWrapped(lines)) {
            return text;
        }
        int width = WrappedLines.width(lines);
        StringBuilder out = new StringBuilder(text.length());
        int joins = 0;
        int first = -1;
        int last = -1;
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            StringBuilder joined = new StringBuilder(lines.get(i));
            inTable = WrappedLines.tableLine(lines.get(i), inTable);
            while (i + 1 < lines.size() && WrappedLines.continues(lines.get(i), lines.get(i + 1), width, inTable)) {
                if (joined.charAt(joined.length() - 1) != ' ') {
                    joined.append(' ');
                }
                joined.append(lines.get(i + 1));
                joins++;
                first = first < 0 ? i + 1 : first;
                last = i + 2;
                i++;
            }
            out.append(joined).append('\n');
        }
        if (joins == 0) {
            return text;
        }
        repairs.add(new Repair("wrapped-lines", first, last, joins));
        return out.toString();
    }

    /**
     * Words a copy glued together (see {@link GluedWords}); the sentence names where, by line and
     * column, and which dictionary word was separated, never a value.
     */
    private static String glued(String text, List<Repair> repairs) {
        GluedWords.Result r = GluedWords.repair(text);
        if (r.places().isEmpty()) {
            return text;
        }
        List<GluedWords.Place> places = r.places();
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < Math.min(PLACES_NAMED, places.size()); i++) {
            GluedWords.Place p = places.get(i);
            detail.append(i == 0 ? "" : ", ").append(p.line()).append(':').append(p.column()).append(' ').append(p.word());
        }
        if (places.size() > PLACES_NAMED) {
            detail.append(", ...");
        }
        repairs.add(new Repair(GLUED_WORDS, places.get(0).line(), places.get(places.size() - 1).line(), places.size(),
                detail.toString()));
        return r.text();
    }

    private static String lineBreaks(String text, List<Repair> repairs) {
        if (!mayBeJoined(text)) {
            return text;
        }
        return replaceByLine(text, repairs, "line-breaks", line -> {
            if (line.length() < JOINED_AT_LEAST) {
                if (!printRunsOn(line)) {
                    return new Edit(line, 0);
                }
                OutputBreaks.Split inside = OutputBreaks.resplit(List.of(line));
                return new Edit(String.join("\n", inside.pieces()), inside.count());
            }
            List<Integer> cuts = cutsOf(line);
            String continued = withoutInnerContinuations(line);
            if (continued != line) {
                // an export's continuation marks in mid-line hide what follows them (a quote they
                // stand before opens nothing): read without them when that finds more records
                List<Integer> more = cutsOf(continued);
                if (more.size() > cuts.size()) {
                    cuts = more;
                    line = continued;
                }
            }
            if (cuts.isEmpty()) {
                OutputBreaks.Split inside = OutputBreaks.resplit(List.of(line));
                return inside.count() == 0 ? new Edit(line, 0) : new Edit(String.join("\n", inside.pieces()), inside.count());
            }
            List<Integer> sorted = cuts.stream().distinct().sorted().toList();
            List<String> pieces = new ArrayList<>(sorted.size() + 1);
            int last = 0;
            for (int cut : sorted) {
                pieces.add(line.substring(last, cut));
                last = cut;
                while (last < line.length() && line.charAt(last) == ' ') {
                    last++; // the space that stood in for the line break
                }
            }
            pieces.add(line.substring(last));
            OutputBreaks.Split inside = OutputBreaks.resplit(pieces);
            return new Edit(String.join("\n", inside.pieces()), sorted.size() + inside.count());
        });
    }

    /** Where records start inside one joined line. */
    private static List<Integer> cutsOf(String line) {
        List<Integer> cuts = new ArrayList<>();
        Matcher m = Boundaries.BOUNDARY.matcher(line);
        while (m.find()) {
            if (!line.substring(0, m.start()).isBlank() && isRecordStart(line, m)) {
                cuts.add(m.start());
            }
        }
        if (cuts.isEmpty()) {
            Matcher b = Boundaries.BARE_MESSAGE.matcher(line);
            while (b.find()) {
                if (!line.substring(0, b.start()).isBlank()) {
                    cuts.add(b.start());
                }
            }
        }
        Matcher c = Boundaries.COMMAND.matcher(line);
        while (c.find()) {
            if (!line.substring(0, c.start()).isBlank() && !insideQuotes(line, c.start())) {
                cuts.add(c.start());
                if (line.charAt(c.end() - 1) != ' ' && c.end() < line.length() && c.end() > c.start()) {
                    cuts.add(c.end()); // "/ip addressadd": the command starts where the path ends
                }
            }
        }
        return cuts;
    }

    /** Whether some line is long enough to be joined, or a prompt's print runs on: no pattern. */
    private static boolean mayBeJoined(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end - start >= JOINED_AT_LEAST || text.charAt(start) == '[' && printRunsOn(text.substring(start, end))) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * A short line may still be a whole print joined: a prompt's {@code print} followed by at least
     * two settings or properties. A look without a pattern, since every prompt line passes here.
     */
    private static boolean printRunsOn(String line) {
        if (line.isEmpty() || line.charAt(0) != '[') {
            return false;
        }
        int print = line.indexOf(" print");
        if (print < 0) {
            return false;
        }
        int marks = 0;
        for (int i = print; i < line.length() && marks < 2; i++) {
            char ch = line.charAt(i);
            if (ch == '=' || ch == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                marks++;
            }
        }
        return marks >= 2;
    }

    /** A stamp starts a record only if what follows is a topic list, as the log grammar reads it. */
    private static boolean isRecordStart(String line, Matcher m) {
        if (!Character.isDigit(m.group().charAt(0))) {
            return true; // a prompt, a banner, a legend
        }
        int w = m.end();
        int end = w;
        while (end < line.length() && line.charAt(end) != ' ' && line.charAt(end) != '\t') {
            end++;
        }
        String word = line.substring(w, end);
        return word.endsWith(",") ? LogExtractor.isTopicList(word + "x") : LogExtractor.isTopicList(word);
    }

    /**
     * A joined export keeps the '\' that ended each continued line, now in mid-line before the next
     * line's first word ("enc-algorithm=aes-256 \hash-algorithm=sha512", "name=\"remote-profile""):
     * outside quotes RouterOS writes a backslash only there, so it is dropped, as the export reader
     * drops it when it joins a continued line; inside quotes it escapes the next character and stays.
     */
    static String withoutInnerContinuations(String line) {
        if (line.indexOf('\\') < 0) {
            return line; // the same object: nothing to drop
        }
        StringBuilder out = new StringBuilder(line.length());
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '\\' && i + 1 < line.length()) {
                out.append(c).append(line.charAt(++i));
                continue;
            }
            if (!quoted && c == '\\' && i + 1 < line.length()) {
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            out.append(c);
        }
        return out.toString();
    }

    static boolean insideQuotes(String line, int at) {
        boolean in = false;
        for (int i = 0; i < at; i++) {
            char ch = line.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '"') {
                in = !in;
            }
        }
        return in;
    }

    /** What one line became (null: dropped) and how many repairs of the kind it took. */
    private record Edit(String line, int count) {
    }

    /** Applies an edit to every line, and records one repair of the kind over the lines it changed. */
    private static String replaceByLine(String text, List<Repair> repairs, String kind,
                                        java.util.function.Function<String, Edit> edit) {
        List<String> lines = InputText.lines(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int first = -1;
        int lastLine = -1;
        int total = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Edit e = edit.apply(line);
            if (e.count() > 0) {
                total += e.count();
                first = first < 0 ? i + 1 : first;
                lastLine = i + 1;
            }
            if (e.line() != null) {
                out.append(e.line()).append('\n');
            }
        }
        if (total == 0) {
            return text;
        }
        repairs.add(new Repair(kind, first, lastLine, total));
        return out.toString();
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }
}
