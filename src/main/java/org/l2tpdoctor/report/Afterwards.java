package org.l2tpdoctor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.model.Menu;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Snapshot;

/**
 * "Check afterwards": the commands to look at once the plan has run, each with what it should
 * show. A healthy L2TP/IPsec server has, per connected client, one SA pair, one PPP session and one
 * dynamic policy with its own ports (the guide's verification), so those three come first, with
 * numbers when the input tells how many clients there are; a menu the plan changed should show
 * the values it set. Each menu is looked at once.
 */
public final class Afterwards {
    /** One command and what it should show; {@code expect} is empty when there is nothing to count. */
    public record Check(String command, String expect) {
    }

    private static final List<String> COUNTED = List.of(Menus.INSTALLED_SA.path(), Menus.PPP_ACTIVE.path(),
            Menus.IPSEC_POLICY.path());

    private Afterwards() {
    }

    /**
     * How many clients the router should hold after the fix: every L2TP session and every
     * established IPsec peer is a client (a peer without its session is the client the fix is
     * for). -1 when neither was pasted or nobody is connected: then the count is not known.
     */
    public static int clients(Snapshot s) {
        if (!s.hasMenu(Menus.PPP_ACTIVE) && !s.hasMenu(Menus.ACTIVE_PEERS)) {
            return -1;
        }
        long l2tp = s.rows(Menus.PPP_ACTIVE).stream().filter(r -> "l2tp".equals(r.get("service"))).count();
        long peers = s.rows(Menus.ACTIVE_PEERS).stream()
                .filter(r -> r.get("state") == null || "established".equals(r.get("state"))).count();
        int clients = (int) Math.max(l2tp, peers);
        return clients == 0 ? -1 : clients;
    }

    /** L2TP sessions up now, or -1 when {@code /ppp active} was not pasted. */
    public static int connected(Snapshot s) {
        if (!s.hasMenu(Menus.PPP_ACTIVE)) {
            return -1;
        }
        return (int) s.rows(Menus.PPP_ACTIVE).stream().filter(r -> "l2tp".equals(r.get("service"))).count();
    }

    /** The checks after {@code plan}, the counts filled in for {@code clients} clients (-1: unknown). */
    public static List<Check> of(FixPlan plan, int clients) {
        Map<String, String> byMenu = new LinkedHashMap<>();
        if (!plan.isEmpty()) {
            COUNTED.forEach(menu -> byMenu.put(menu, menu + " print"));
        }
        for (String command : plan.checks()) {
            byMenu.putIfAbsent(menu(command), command);
        }
        List<Check> out = new ArrayList<>();
        byMenu.forEach((menu, command) -> {
            String expect = expect(command, clients);
            if (expect.isEmpty()) {
                expect = plan.valuesSetOn(menu);
            }
            out.add(new Check(command, expect));
        });
        return out;
    }

    static String menu(String command) {
        return command.replaceFirst("\\s+print\\b.*$", "").strip();
    }

    static String expect(String command, int n) {
        Menu menu = Menus.byPath(menu(command));
        if (menu == Menus.INSTALLED_SA) {
            return n < 0 ? "one SA pair (in and out) per connected client"
                    : plural(n, "SA pair") + " (" + 2 * n + " SAs): one in and one out per client";
        }
        if (menu == Menus.PPP_ACTIVE) {
            return n < 0 ? "one L2TP session per connected user" : plural(n, "L2TP session");
        }
        if (menu == Menus.IPSEC_POLICY) {
            return n < 0 ? "one dynamic policy per client, each with its own port"
                    : plural(n, "dynamic policy", "dynamic policies") + " for UDP 1701, each with its own port";
        }
        if (menu == Menus.ACTIVE_PEERS) {
            return n < 0 ? "one established peer per client" : plural(n, "established peer");
        }
        return "";
    }

    static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
