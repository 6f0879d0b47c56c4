package org.l2tpdoctor.report;

import java.util.ArrayList;
import java.util.List;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * "Check afterwards": the commands to look at once the plan has run, each with what it should
 * show. A healthy L2TP/IPsec server has, per connected client, one SA pair, one PPP session, one
 * dynamic policy with its own ports and one active peer (the guide's verification), so each count
 * is given as a number when the input tells how many clients there are.
 */
public final class Afterwards {
    /** One command and what it should show; {@code expect} is empty when there is nothing to count. */
    public record Check(String command, String expect) {
    }

    private Afterwards() {
    }

    /**
     * How many clients the router should hold after the fix: every L2TP session and every
     * road-warrior IPsec peer that was up is a client (a peer without its session is the client
     * the fix is for). -1 when neither was pasted.
     */
    public static int clients(Snapshot s) {
        boolean sessions = s.hasMenu("/ppp active");
        boolean peers = s.hasMenu("/ip ipsec active-peers");
        if (!sessions && !peers) {
            return -1;
        }
        long l2tp = s.rows("/ppp active").stream().filter(r -> "l2tp".equals(r.get("service"))).count();
        long roadWarriors = s.rows("/ip ipsec active-peers").stream().filter(Afterwards::roadWarrior).count();
        return (int) Math.max(l2tp, roadWarriors);
    }

    /** L2TP sessions up now, or -1 when {@code /ppp active} was not pasted. */
    public static int connected(Snapshot s) {
        if (!s.hasMenu("/ppp active")) {
            return -1;
        }
        return (int) s.rows("/ppp active").stream().filter(r -> "l2tp".equals(r.get("service"))).count();
    }

    // an established peer is a client; one still negotiating is not one yet
    private static boolean roadWarrior(Row peer) {
        String state = peer.get("state");
        return state == null || state.equals("established");
    }

    /** The checks for {@code commands}, the counts filled in for {@code clients} clients. */
    public static List<Check> of(List<String> commands, int clients) {
        List<Check> out = new ArrayList<>();
        for (String command : commands) {
            out.add(new Check(command, expect(command, clients)));
        }
        return out;
    }

    static String expect(String command, int n) {
        String menu = command.replaceFirst("\\s+print\\b.*$", "").strip();
        String each = n < 0 ? null : String.valueOf(n);
        return switch (menu) {
            case "/ip ipsec installed-sa" -> each == null ? "one SA pair (in and out) per connected client"
                    : 2 * n + " SAs: " + pairs(n) + ", one in and one out per client";
            case "/ppp active" -> each == null ? "one L2TP session per connected user" : plural(n, "L2TP session");
            case "/ip ipsec policy" -> each == null ? "one dynamic policy per client, each with its own port"
                    : plural(n, "dynamic policy", "dynamic policies") + " for UDP 1701, each with its own port";
            case "/ip ipsec active-peers" -> each == null ? "one established peer per client" : plural(n, "established peer");
            default -> "";
        };
    }

    private static String pairs(int n) {
        return plural(n, "pair");
    }

    static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
