package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.LogTime;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.RouterVersion;

/**
 * The extraction step for logs: one record at a time through {@code LogParser}, then the words
 * after the stamp are sorted into host, syslog tag, topics and message.
 */
final class LogExtractor {
    /** Single words that are RouterOS topics even without a comma ("ipsec rejected hashtype"). */
    private static final Set<String> TOPICS = Set.of("ipsec", "l2tp", "ppp", "pptp", "sstp", "ovpn", "pppoe",
            "system", "firewall", "dhcp", "interface", "script", "info", "error", "warning", "debug", "critical",
            "account", "packet", "wireless", "dns", "ntp", "route", "ospf", "bgp", "certificate", "event",
            "netwatch", "radius", "hotspot", "web-proxy", "ike2", "l2tpv3", "wireguard", "caps", "lte");

    private static final java.util.regex.Pattern SYSLOG_TAG = java.util.regex.Pattern.compile("[A-Za-z][\\w.-]*:");

    private final ReusedGrammar<LogParser> grammar =
            new ReusedGrammar<>(text -> new LogLexer(text), tokens -> new LogParser(tokens));
    private final LineErrors errors = grammar.errors();

    Extraction extract(Section.Log section) {
        List<LogEvent> events = new ArrayList<>();
        List<ParseWarning> warnings = new ArrayList<>();
        int understood = 0;
        RouterVersion version = RouterVersion.UNKNOWN;
        for (int i = 0; i < section.lines().size(); i++) {
            String line = section.lines().get(i);
            Origin origin = new Origin(section.source(), section.firstLine() + i);
            if (line.isBlank()) {
                understood++;
                continue;
            }
            if (CsvLog.isHeader(line)) {
                understood++; // "timestamp","source","message" above a collector's CSV export
                continue;
            }
            Optional<LogEvent> event = parseLine(line, origin, true);
            if (event.isEmpty() && !events.isEmpty() && isContinuation(line, events.get(events.size() - 1))) {
                LogEvent last = events.remove(events.size() - 1);
                events.add(last.withMessage(last.message() + " " + line.strip()));
                understood++;
                continue;
            }
            if (event.isPresent()) {
                events.add(event.get());
                understood++;
                if (!version.known() && LogStamps.isMemoryLogIso(event.get().time())) {
                    version = new RouterVersion(7, 0, "7", "ISO dates in the memory log (RouterOS 7.10 and later)");
                }
            } else {
                warnings.add(new ParseWarning(origin, errors.any() ? errors.column() : 1, line,
                        "not a log line" + (errors.any() ? ": " + errors.message() : "")));
            }
        }
        return new Extraction(Menus.LOG.path(), List.of(), events, warnings, section.lines().size(), understood, version, null);
    }

    /**
     * A line of a message printed over several lines: indented under its record, or the hex
     * words of an {@code ipsec,debug,packet} dump that went on without a stamp of its own.
     */
    private static boolean isContinuation(String line, LogEvent previous) {
        if (line.length() > 2000 || previous.message().length() > 20_000) {
            return false; // not a message of RouterOS's: keep the warning
        }
        return (line.charAt(0) == ' ' || line.charAt(0) == '\t') || HEX_WORDS.matcher(line).matches()
                && (previous.hasTopic("debug") || previous.hasTopic("packet"));
    }

    private static final java.util.regex.Pattern HEX_WORDS = java.util.regex.Pattern.compile("[0-9a-f]{2,8}( [0-9a-f]{2,8})*");

    /** Reads one record with its stamp; empty when it is not a log line. */
    Optional<LogEvent> parseLine(String line, Origin origin) {
        return parseLine(line, origin, false);
    }

    /**
     * Reads one record: the common shape by {@link FastLogLine}, the rest by the grammar.
     * {@code inLogSection} lets a line without time stamp through (a Winbox log-window copy of
     * the message column) if it reads like a known RouterOS message.
     */
    private Optional<LogEvent> parseLine(String line, Origin origin, boolean inLogSection) {
        LogEvent fast = FastLogLine.parse(line, origin);
        if (fast != null) {
            return Optional.of(fast);
        }
        String csv = CsvLog.unwrap(line);
        if (csv == null) {
            return withGrammar(line, origin, inLogSection);
        }
        fast = FastLogLine.parse(csv, origin); // a collector's CSV record, its fields joined as the grammar reads them
        return fast != null ? Optional.of(fast) : withGrammar(csv, origin, inLogSection);
    }

    /** What the fast path alone makes of a line, CSV included; null where the grammar must read it (for its test). */
    static LogEvent fastPath(String line, Origin origin) {
        LogEvent fast = FastLogLine.parse(line, origin);
        String csv = fast == null ? CsvLog.unwrap(line) : null;
        return csv == null ? fast : FastLogLine.parse(csv, origin);
    }

    /** The grammar alone (the fast path's test compares the two). */
    Optional<LogEvent> withGrammar(String line, Origin origin, boolean inLogSection) {
        String csv = CsvLog.unwrap(line);
        if (csv != null) {
            return withGrammar(csv, origin, inLogSection);
        }
        LogParser.RecordContext record = grammar.on(line).record();
        if (errors.any()) {
            return Optional.empty();
        }
        if (record.detailRecord() != null) {
            LogParser.DetailRecordContext d = record.detailRecord();
            String topics = d.DETAIL_TOPICS().getText().substring("topics=".length());
            String message = Quoting.unquote(d.DETAIL_MESSAGE().getText().substring("message=".length())).strip();
            LogTime time = LogStamps.time(d.DETAIL_TIME().getText().substring("time=".length()));
            return Optional.of(new LogEvent(time, "", split(topics), message, origin));
        }
        LogParser.PlainRecordContext plain = record.plainRecord();
        if (plain == null || plain.stamp().isEmpty() && plain.SYSLOG_PRI() == null
                && !(inLogSection && (LineShapes.isLog(line) || QuotedMessages.opens(line)))) {
            return Optional.empty();
        }
        LogTime time = stamps(plain.stamp());
        List<Token> words = new ArrayList<>();
        if (plain.words().STAMP_WORD() != null) {
            words.add(plain.words().STAMP_WORD().getSymbol());
            plain.words().REST_WORD().forEach(w -> words.add(w.getSymbol()));
        }
        boolean bare = plain.stamp().isEmpty() && plain.SYSLOG_PRI() == null; // a message column: no header before it
        return Optional.of(sortWords(line, time, words, plain.SYSLOG_PRI() != null, bare, origin));
    }

    /** A word of the record after its stamp, with where it starts in the line. */
    private record Word(String text, int start) {
        boolean endsWith(String suffix) {
            return text.endsWith(suffix);
        }
    }

    /**
     * host? app/tag fields? "echo:"? topics? message — the message keeps its spacing. A syslog
     * header (host, RFC 5424 app, procid, msgid) or a log-window copy's buffer column ("memory",
     * "disk") stands before the topic list, so a topic list among the first words marks where the
     * RouterOS part starts.
     */
    private LogEvent sortWords(String line, LogTime time, List<Token> tokens, boolean syslog, boolean bare, Origin origin) {
        List<Word> words = joinSpacedTopics(tokens);
        int i = 0;
        String host = "";
        int topicsAt = -1;
        for (int j = 0; j < Math.min(bare ? 1 : 6, words.size() - 1); j++) {
            if (isTopicList(words.get(j).text())) {
                topicsAt = j;
                break;
            }
            if (words.get(j).text().equals("echo:")) {
                break;
            }
        }
        if (topicsAt > 0 && !words.get(0).text().equals("echo:")) {
            host = host(words.subList(0, topicsAt));
            i = topicsAt; // a syslog header or a buffer column before the topics
        } else if (words.size() > i + 1 && !isTopicList(words.get(i).text()) && words.get(i + 1).endsWith(":")
                && !words.get(i).endsWith(":")) {
            host = words.get(i).text();
            i++; // BSD syslog host before its tag
        }
        if (i < words.size() && words.get(i).text().equals("echo:")) {
            i++;
        }
        List<String> topics = List.of();
        if (i < words.size() && isTopicList(words.get(i).text())) {
            topics = split(words.get(i).text());
            i++;
        }
        if (syslog && i < words.size() && words.get(i).endsWith(":")
                && SYSLOG_TAG.matcher(words.get(i).text()).matches() && i + 1 < words.size()) {
            i++; // syslog tag such as "MikroTik:" (a memory-log message may itself start "input:")
        }
        String message = i < words.size() ? line.substring(words.get(i).start()).strip() : "";
        return new LogEvent(time, host, topics, message, origin);
    }

    /** Words a log-window copy or a receiver writes before the topics that name no host. */
    private static final Set<String> NOT_HOSTS = Set.of("memory", "disk", "echo", "-");

    /**
     * The host among the header words before the topics: the first that is not a log-window
     * buffer column ("memory"), an RFC 5424 nil value ("-") or a Kiwi facility ("Local7.Info").
     */
    private static String host(List<Word> header) {
        for (Word w : header) {
            String t = w.text();
            int dot = t.indexOf('.');
            boolean facility = dot > 0 && Character.isUpperCase(t.charAt(0)) && dot + 1 < t.length()
                    && Character.isUpperCase(t.charAt(dot + 1));
            if (!NOT_HOSTS.contains(t) && !facility) {
                return t;
            }
        }
        return "";
    }

    /**
     * The record's time from its stamps: the one that tells most when a receiver wrote its own
     * before the router's (a full date over a year-less one over a clock), the text of them all.
     */
    private static LogTime stamps(List<LogParser.StampContext> stamps) {
        if (stamps.isEmpty()) {
            return LogTime.NONE;
        }
        if (stamps.size() == 1) {
            return LogStamps.time(stamps.get(0).getText());
        }
        LogTime best = LogTime.NONE;
        StringBuilder text = new StringBuilder();
        for (LogParser.StampContext s : stamps) {
            LogTime t = LogStamps.time(s.getText());
            text.append(text.length() > 0 ? " " : "").append(t.text());
            if (best.kind().compareTo(t.kind()) > 0) {
                best = t;
            }
        }
        return new LogTime(best.kind(), best.seconds(), text.toString());
    }

    /**
     * The words, with a topic list that Winbox and WebFig print with spaces ("ipsec, debug, packet",
     * "system, error, critical") joined into one ("ipsec,debug,packet"), as the CLI prints it.
     */
    private static List<Word> joinSpacedTopics(List<Token> tokens) {
        List<Word> words = new ArrayList<>(tokens.size());
        for (int j = 0; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            String text = t.getText();
            if (text.length() > 1 && text.endsWith(",") && isTopicList(text + "x") && j + 1 < tokens.size()) {
                String joined = text;
                while (j + 1 < tokens.size() && joined.endsWith(",")
                        && isTopicList(joined + withoutComma(tokens.get(j + 1).getText()))) {
                    joined += tokens.get(++j).getText();
                }
                words.add(new Word(withoutComma(joined), t.getStartIndex()));
            } else {
                words.add(new Word(text, t.getStartIndex()));
            }
        }
        return words;
    }

    private static String withoutComma(String word) {
        return word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
    }

    /** "ipsec,error", "l2tp,ppp,info,account", or one known topic such as "ipsec" (a scan: this runs per record). */
    /** The topic names the log grammar knows (a single word is a topic list only if it is one of these). */
    static Set<String> topicNames() {
        return TOPICS;
    }

    static boolean isTopicList(String word) {
        boolean atStart = true;
        boolean comma = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (atStart) {
                if (c == '!' && comma) {
                    continue;
                }
                if (c < 'a' || c > 'z') {
                    return false;
                }
                atStart = false;
            } else if (c == ',') {
                atStart = true;
                comma = true;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return !word.isEmpty() && !atStart && (comma || TOPICS.contains(word));
    }

    /**
     * The topic names of a list, without empty ones. A log repeats a few dozen lists millions of
     * times, so each list's names are made once ({@code List.of}, which the event keeps as it is).
     */
    static List<String> split(String topics) {
        List<String> known = SPLIT.get(topics);
        if (known != null) {
            return known;
        }
        List<String> names = new ArrayList<>(4);
        int from = 0;
        while (from <= topics.length()) {
            int comma = topics.indexOf(',', from);
            int to = comma < 0 ? topics.length() : comma;
            String name = topics.substring(from, to);
            if (!name.isBlank()) {
                names.add(name);
            }
            from = to + 1;
        }
        List<String> list = List.copyOf(names);
        if (SPLIT.size() < MAX_SPLIT) {
            SPLIT.putIfAbsent(topics, list);
        }
        return list;
    }

    /** Topic lists seen, read on the read-back threads; bounded, so a hostile log cannot grow it. */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> SPLIT =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_SPLIT = 4096;
}
