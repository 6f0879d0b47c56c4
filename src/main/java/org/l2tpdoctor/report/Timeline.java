package org.l2tpdoctor.report;

import org.l2tpdoctor.text.TerminalText;

import java.io.PrintWriter;
import java.util.List;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * Each client's story, from {@code /doctor attempt}: one line per attempt with address, NAT port,
 * user and the stages it passed, then why it stopped. Internet scanners are summed up in one
 * line instead of being told as users' failures.
 */
final class Timeline {
    static final String MENU = "/doctor attempt";
    static final int MAX_SHOWN = 25;

    private Timeline() {
    }

    /**
     * The stories, one line per attempt (-v: its timeline on a second line); returns the attempts
     * shown, so a finding need not show them again.
     */
    static List<Row> render(Snapshot s, Style style, boolean verbose, PrintWriter out) {
        List<Row> attempts = s.rows(MENU);
        if (attempts.isEmpty()) {
            return List.of();
        }
        List<Row> clients = attempts.stream().filter(a -> !"likely".equals(a.get("scanner-noise"))).toList();
        List<Row> noise = attempts.stream().filter(a -> "likely".equals(a.get("scanner-noise"))).toList();
        out.println();
        out.println(style.bold("Client stories") + style.dim(" (from the log)"));
        MostRecent<Row> shown = MostRecent.of(clients, MAX_SHOWN);
        if (shown.omitted() > 0) {
            out.println(style.dim("  (" + shown.omitted() + " earlier attempts not shown; --format json has all)"));
        }
        for (Row a : shown.shown()) {
            String who = a.get("address") + (a.get("port") != null ? ":" + a.get("port") : "")
                    + (a.get("user") != null ? "  " + a.get("user") : "");
            String result = a.get("result");
            String mark = switch (result) {
                case "connected", "disconnected" -> style.green(result);
                case "failed", "dropped", "stalled" -> style.red(result);
                default -> style.yellow(result);
            };
            String story = "  " + TerminalText.safe(who) + "  " + mark
                    + (a.get("reason") != null ? ": " + TerminalText.safe(a.get("reason")) : "") + cameBack(a);
            if (verbose) {
                out.println(story);
                out.println("    " + style.dim(TerminalText.safe(a.get("timeline"))));
            } else {
                out.println(story + style.dim("  (" + TerminalText.safe(a.get("timeline")) + ")"));
            }
        }
        if (!noise.isEmpty()) {
            long addresses = noise.stream().map(a -> a.get("address")).distinct().count();
            out.println("  " + style.dim(noise.size() + " attempt(s) from " + addresses
                    + " address(es) that never got past phase 1 or a bare L2TP packet and hold no session:"
                    + " internet scanners, most likely — not counted as users' failures."));
        }
        return shown.shown();
    }

    /** Whether a failed client got through later: the difference between a typo and a user locked out. */
    static String cameBack(Row a) {
        String back = a.get("came-back");
        if ("no".equals(back)) {
            return "; never came back";
        }
        if ("yes".equals(back)) {
            return "; came back later" + (a.get("came-back-as") != null ? " as " + TerminalText.safe(a.get("came-back-as")) : "");
        }
        return "";
    }
}
