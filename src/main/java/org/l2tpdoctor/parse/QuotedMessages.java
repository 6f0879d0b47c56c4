package org.l2tpdoctor.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A RouterOS log message quoted inside a person's sentence ("the record "&lt;192.168.1.15&gt; user
 * user authentication failed." appeared every time"): people describe their log rather than paste
 * it. Only the wordings of an L2TP/IPsec client's story that knowledge.md lists as verified are
 * looked for, so a sentence that merely talks about a failure is not read as a record. The message
 * is read without time or topics, and the report says it was found so.
 */
final class QuotedMessages {
    private static final String ADDR = "[0-9A-Fa-f.:]{3,45}";
    /** Compiled on first use: only a line that is neither output nor a record is asked. */
    private static final class Holder {
        static final Pattern MESSAGE = Pattern.compile(
                "<" + ADDR + ">:? user \\S+ authenti(?:fi)?cation failed"
                        + "|<" + ADDR + ">: authentication failed"
                        + "|<l2tp-[^>\\s]{1,64}>: (?:terminating|disconnected)"
                        + "|could not add IPsec policy"
                        + "|phase1 negotiation failed due to time up"
                        + "|(?<![\\w.:])" + ADDR + "(?:\\[\\d+\\])? parsing packet failed, possible c[ao]u?se:? wrong password"
                        + "|(?<![\\w.:])" + ADDR + "(?:\\[\\d+\\])? failed to get valid proposal"
                        + "|no suitable proposal found"
                        + "|(?<![\\w.:])" + ADDR + " failed to pre-process ph2 packet");
    }

    /**
     * Messages that name no address before their wording, so that a copy which lost its spaces
     * ("couldnotaddIPsecpolicy:std failure") can still be found: their words with any spacing
     * between them, read back in RouterOS's own spelling.
     */
    private static final String[] SPACELESS = {"could not add IPsec policy", "phase1 negotiation failed due to time up",
        "no suitable proposal found"};

    private static final class Spaceless {
        static final Pattern MESSAGE = Pattern.compile(String.join("|", java.util.Arrays.stream(SPACELESS)
                .map(phrase -> "(" + String.join("\\s*", java.util.Arrays.stream(phrase.split(" ")).map(Pattern::quote)
                        .toList()) + ")").toList()));
        /** Where the sentence after a message starts: ". " and a capital, as prose goes on. */
        static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=[A-Z])");
    }

    /** Literals one of the messages holds: a line with none of them is not matched against the pattern. */
    private static final String[] ANCHORS = {"authenti", "<l2tp-", "IPsec policy", "IPsecpolicy", "time up", "timeup",
        "parsing packet failed", "valid proposal", "proposal found", "proposalfound", "pre-process"};

    private QuotedMessages() {
    }

    /** The message quoted in {@code line}, from its first word to its closing quote or the line's end; null if none. */
    static String in(String line) {
        if (!mayHold(line)) {
            return null;
        }
        Matcher m = Holder.MESSAGE.matcher(line);
        if (!m.find()) {
            return withoutSpaces(line);
        }
        int start = m.start();
        int end = line.length();
        char open = start > 0 ? line.charAt(start - 1) : ' ';
        char close = switch (open) {
            case '"', '\'', '`' -> open;
            case '\u201C' -> '\u201D';
            case '\u00AB' -> '\u00BB';
            default -> 0;
        };
        if (close != 0) {
            int at = line.indexOf(close, m.end());
            end = at < 0 ? end : at;
        }
        return line.substring(start, end).strip();
    }

    /** A message whose spaces were lost, in RouterOS's spelling, with the rest of its sentence; null if none. */
    private static String withoutSpaces(String line) {
        Matcher m = Spaceless.MESSAGE.matcher(line);
        if (!m.find()) {
            return null;
        }
        int phrase = 0;
        while (m.group(phrase + 1) == null) {
            phrase++;
        }
        Matcher end = Spaceless.SENTENCE_END.matcher(line);
        int stop = end.find(m.end()) ? end.start() : line.length();
        return SPACELESS[phrase] + line.substring(m.end(), stop).stripTrailing();
    }

    /** Whether {@code line} starts with one of the messages (a record {@link #in} cut out of its sentence). */
    static boolean opens(String line) {
        return mayHold(line) && Holder.MESSAGE.matcher(line).lookingAt();
    }

    private static boolean mayHold(String line) {
        for (String anchor : ANCHORS) {
            if (line.contains(anchor)) {
                return true;
            }
        }
        return false;
    }
}
