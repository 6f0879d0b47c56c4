package org.l2tpdoctor.parse;

import java.util.regex.Pattern;

/**
 * Cheap tests of what a line looks like, used to split a paste into sections before any grammar
 * runs. They only decide where a section starts; the grammars decide what the lines say.
 */
final class LineShapes {
    private static final Pattern LOG_STAMP = Pattern.compile(
            "^\\s*(<\\d{1,3}>\\s*)?(\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d?:\\d\\d:\\d\\d"
                    + "|[a-z]{3}/\\d\\d(/\\d{4})? \\d\\d:\\d\\d:\\d\\d"
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
    private static final Pattern EXPORT_MENU = Pattern.compile("^/[a-z][a-z0-9-]*( [a-z0-9-]+)*\\s*$");
    private static final Pattern PRINT_HEAD = Pattern.compile("^\\s*(Flags:|Columns:|#\\s+[A-Z][A-Z0-9-]*(\\s|$))");

    private LineShapes() {
    }

    static boolean isLog(String line) {
        return LOG_STAMP.matcher(line).find() || BARE_MESSAGE.matcher(line).find();
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

    static boolean isPrintHead(String line) {
        return PRINT_HEAD.matcher(line).find();
    }
}
