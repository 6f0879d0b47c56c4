package org.l2tpdoctor.parse;

import java.util.regex.Pattern;

/**
 * Cheap tests of what a line looks like, used to split a paste into sections before any grammar
 * runs. They only decide where a section starts; the grammars decide what the lines say.
 */
final class LineShapes {
    private static final Pattern LOG_STAMP = Pattern.compile(
            "^\\s*\"?(<\\d{1,3}>\\s*)?((#\\s*)?\\d{1,9}[ \\t]+)?(\\d{4}-\\d\\d-\\d\\d[T \\t]\\d\\d?:\\d\\d:\\d\\d"
                    + "|[A-Za-z][a-z]{2}/\\d\\d(/\\d{4})?[ \\t]\\d\\d:\\d\\d:\\d\\d"
                    + "|\\d\\d?:\\d\\d:\\d\\d"
                    + "|[A-Z][a-z]{2} +\\d{1,2} \\d\\d:\\d\\d:\\d\\d"
                    + "|time=)\\s*\\S");
    /** Messages a Winbox log-window copy holds without stamp or topics (knowledge.md, verified lines). */
    private static final Pattern BARE_MESSAGE = Pattern.compile("^\\s*(respond new phase 1|initiate new phase 1"
            + "|ISAKMP-SA (established|deleted)|purging ISAKMP-SA|phase1 negotiation failed|no suitable proposal found"
            + "|first L2TP UDP packet received|<l2tp-[^>]+>:|<[0-9a-fx.:]+>: (user|authentication)"
            + "|\\S+ (failed to get valid proposal|failed to pre-process|parsing packet failed))");
    private static final Pattern ECHO = Pattern.compile("^\\s*\\S+(\\s+\\S+)?\\s+echo:\\s");
    private static final Pattern EXPORT_BANNER = Pattern.compile("^#.*\\bby RouterOS\\b.*");
    /** A menu header, in the space form of /export or the slash form RouterOS 7 users write ("/ip/ipsec/peer"). */
    private static final Pattern EXPORT_MENU = Pattern.compile("^/[a-z][a-z0-9-]*([ /][a-z0-9-]+)*/?\\s*$");
    /**
     * A command that changes configuration, written from the root as scripts and RouterOS 7 users write it
     * ("/ip pool add name=x", "/interface/l2tp-server/server/set enabled=yes"): a menu path, then the verb.
     */
    private static final Pattern SCRIPT_COMMAND = Pattern.compile(
            "^/[a-z][a-z0-9-]*+(?:[ /][a-z][a-z0-9-]*+)*?[ /](?:add|set|remove|unset|enable|disable|move)(?:\\s|$)");
    private static final Pattern PRINT_HEAD = Pattern.compile("^\\s*(Flags:|Columns:|#\\s+[A-Z][A-Z0-9-]*(\\s|$))");

    private LineShapes() {
    }

    /** Literal starts of the {@link #BARE_MESSAGE} alternatives that have one. */
    private static final String[] BARE_STARTS = {"respond new phase 1", "initiate new phase 1", "ISAKMP-SA ",
        "purging ISAKMP-SA", "phase1 negotiation failed", "no suitable proposal found", "first L2TP UDP packet received", "<"};

    /*
     * Every line of a paste is asked these questions, and most lines are print output that no
     * pattern could match: a look at the first characters rules those out before any regex runs
     * (on a cold JVM the regexes cost a small paste milliseconds). The patterns still decide;
     * the checks before them only skip lines they cannot match, and a test holds the two equal.
     */

    static boolean isLog(String line) {
        int i = skipSpace(line);
        return couldBeStamp(line, i) && LOG_STAMP.matcher(line).find()
                || couldBeBareMessage(line, i) && BARE_MESSAGE.matcher(line).find();
    }

    /**
     * What {@link #LOG_STAMP} needs at its start: {@code <}, {@code #}, {@code "}, a digit,
     * {@code jul/}, {@code Jul }, {@code Jul/}, {@code time=}.
     */
    private static boolean couldBeStamp(String line, int i) {
        if (i >= line.length()) {
            return false;
        }
        char c = line.charAt(i);
        if (c == '<' || c == '#' || c == '"' || c >= '0' && c <= '9') {
            return true;
        }
        if (c >= 'a' && c <= 'z') {
            return lowerAt(line, i + 1) && lowerAt(line, i + 2) && i + 3 < line.length() && line.charAt(i + 3) == '/'
                    || line.startsWith("time=", i);
        }
        return c >= 'A' && c <= 'Z' && lowerAt(line, i + 1) && lowerAt(line, i + 2)
                && i + 3 < line.length() && (line.charAt(i + 3) == ' ' || line.charAt(i + 3) == '/');
    }

    /** The phrases {@link #BARE_MESSAGE} accepts after a first word and one space. */
    private static final String[] AFTER_FIRST_WORD = {"failed to get valid proposal", "failed to pre-process",
        "parsing packet failed"};

    private static boolean couldBeBareMessage(String line, int i) {
        for (String start : BARE_STARTS) {
            if (line.startsWith(start, i)) {
                return true;
            }
        }
        int word = i;
        while (word < line.length() && !isRegexSpace(line.charAt(word))) {
            word++;
        }
        if (word == i || word >= line.length() || line.charAt(word) != ' ') {
            return false;
        }
        for (String phrase : AFTER_FIRST_WORD) {
            if (line.startsWith(phrase, word + 1)) {
                return true;
            }
        }
        return false;
    }

    /** A console "echo:" line: a log message the console printed in the middle of other output. */
    static boolean isEcho(String line) {
        return line.contains("echo:") && ECHO.matcher(line).find();
    }

    static boolean isExportBanner(String line) {
        return EXPORT_BANNER.matcher(line).matches();
    }

    static boolean isExportMenu(String line) {
        return EXPORT_MENU.matcher(line).matches();
    }

    /** A configuration command from the root, the line form of a script or a one-line-per-command paste. */
    static boolean isScriptCommand(String line) {
        return line.startsWith("/") && SCRIPT_COMMAND.matcher(line).find();
    }

    static boolean isPrintHead(String line) {
        int i = skipSpace(line);
        return (line.startsWith("Flags:", i) || line.startsWith("Columns:", i) || line.startsWith("#", i))
                && PRINT_HEAD.matcher(line).find();
    }

    private static boolean lowerAt(String line, int i) {
        return i < line.length() && line.charAt(i) >= 'a' && line.charAt(i) <= 'z';
    }

    /** Past the leading white space, as the patterns' {@code ^\s*} reads it. */
    static int skipSpace(String line) {
        int i = 0;
        while (i < line.length() && isRegexSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The patterns alone, without the checks before them: for the test that holds the two equal. */
    static boolean isLogByPatterns(String line) {
        return LOG_STAMP.matcher(line).find() || BARE_MESSAGE.matcher(line).find();
    }

    static boolean isPrintHeadByPattern(String line) {
        return PRINT_HEAD.matcher(line).find();
    }
}
