package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.l2tpdoctor.model.LogEvent;
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

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d");
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");
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
            Optional<LogEvent> event = parseLine(line, origin, true);
            if (event.isPresent()) {
                events.add(event.get());
                understood++;
                if (!version.known() && ISO_DATE.matcher(event.get().time()).lookingAt()) {
                    version = new RouterVersion(7, 0, "7", "ISO dates in the memory log (RouterOS 7.10 and later)");
                }
            } else {
                warnings.add(new ParseWarning(origin, errors.any() ? errors.column() : 1, line,
                        "not a log line" + (errors.any() ? ": " + errors.message() : "")));
            }
        }
        return new Extraction(Menus.LOG.path(), List.of(), events, warnings, section.lines().size(), understood, version, null);
    }

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
        return fast != null ? Optional.of(fast) : withGrammar(line, origin, inLogSection);
    }

    /** The grammar alone (the fast path's test compares the two). */
    Optional<LogEvent> withGrammar(String line, Origin origin, boolean inLogSection) {
        LogParser.RecordContext record = grammar.on(line).record();
        if (errors.any()) {
            return Optional.empty();
        }
        if (record.detailRecord() != null) {
            LogParser.DetailRecordContext d = record.detailRecord();
            String topics = d.DETAIL_TOPICS().getText().substring("topics=".length());
            String message = Quoting.unquote(d.DETAIL_MESSAGE().getText().substring("message=".length())).strip();
            return Optional.of(new LogEvent(d.DETAIL_TIME().getText().substring("time=".length()), split(topics), message, origin));
        }
        LogParser.PlainRecordContext plain = record.plainRecord();
        if (plain == null || plain.stamp().isEmpty() && plain.SYSLOG_PRI() == null
                && !(inLogSection && LineShapes.isLog(line))) {
            return Optional.empty();
        }
        String time = String.join(" ", plain.stamp().stream().map(s -> BLANKS.matcher(s.getText()).replaceAll(" ")).toList());
        List<Token> words = new ArrayList<>();
        if (plain.words().STAMP_WORD() != null) {
            words.add(plain.words().STAMP_WORD().getSymbol());
            plain.words().REST_WORD().forEach(w -> words.add(w.getSymbol()));
        }
        return Optional.of(sortWords(line, time, words, plain.SYSLOG_PRI() != null, origin));
    }

    /**
     * host? app/tag fields? "echo:"? topics? message — the message keeps its spacing. A syslog
     * header (host, RFC 5424 app, procid, msgid) stands before the topic list, so a topic list
     * among the first words marks where the RouterOS part starts.
     */
    private LogEvent sortWords(String line, String time, List<Token> words, boolean syslog, Origin origin) {
        int i = 0;
        int topicsAt = -1;
        for (int j = 0; j < Math.min(6, words.size() - 1); j++) {
            if (isTopicList(words.get(j).getText())) {
                topicsAt = j;
                break;
            }
            if (words.get(j).getText().equals("echo:")) {
                break;
            }
        }
        if (topicsAt > 0 && !words.get(0).getText().equals("echo:")) {
            i = topicsAt; // a syslog header before the topics
        } else if (words.size() > i + 1 && !isTopicList(words.get(i).getText()) && words.get(i + 1).getText().endsWith(":")
                && !words.get(i).getText().endsWith(":")) {
            i++; // BSD syslog host before its tag
        }
        if (i < words.size() && words.get(i).getText().equals("echo:")) {
            i++;
        }
        List<String> topics = List.of();
        if (i < words.size() && isTopicList(words.get(i).getText())) {
            topics = split(words.get(i).getText());
            i++;
        }
        if (syslog && i < words.size() && words.get(i).getText().endsWith(":")
                && SYSLOG_TAG.matcher(words.get(i).getText()).matches() && i + 1 < words.size()) {
            i++; // syslog tag such as "MikroTik:" (a memory-log message may itself start "input:")
        }
        String message = i < words.size() ? line.substring(words.get(i).getStartIndex()).strip() : "";
        return new LogEvent(time, topics, message, origin);
    }

    /** "ipsec,error", "l2tp,ppp,info,account", or one known topic such as "ipsec" (a scan: this runs per record). */
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

    static List<String> split(String topics) {
        return Arrays.stream(topics.split(",")).filter(t -> !t.isBlank()).toList();
    }
}
