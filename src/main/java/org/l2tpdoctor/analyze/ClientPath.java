package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.analyze.FirewallModel.From;
import org.l2tpdoctor.analyze.FirewallModel.Network;
import org.l2tpdoctor.analyze.FirewallModel.Probe;
import org.l2tpdoctor.analyze.FirewallModel.To;
import org.l2tpdoctor.analyze.FirewallModel.Verdict;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * {@code /doctor client-path}: what the filter does with what a connected L2TP client sends, per
 * address source of {@code /doctor client-address}, judged by the same {@link FirewallModel} as
 * the WAN path: {@code probe=lan} (a new connection forwarded to a LAN subnet), {@code
 * probe=internet} (forwarded out to the internet) and, when the profile gives the router as DNS
 * server ({@code /doctor client-dns} router-dns=yes), {@code probe=dns} (UDP 53 to the router,
 * input chain). Each row: {@code verdict} (accepted-by-default, accepted, dropped, rejected), the
 * deciding {@code rule}, {@code rule-find} (the rule by comment or content), {@code rule-comment},
 * {@code conditional-rules}, {@code place-before-find} (the highest rule that drops one of this
 * source's forwarded probes, where an accept for the clients goes), and {@code client-match} (the
 * matchers that select the clients' packets: {@code in-interface=all-ppp} and their addresses).
 */
final class ClientPath implements Analyzer {
    static final String MENU = "/doctor client-path";

    @Override
    public List<String> reads() {
        return List.of(Menus.FIREWALL_FILTER.path(), Menus.INTERFACE_LIST.path(), Menus.INTERFACE_LIST_MEMBER.path(),
                Menus.IP_ADDRESS.path(), Menus.BRIDGE.path(), Menus.BRIDGE_PORT.path(), Menus.ETHERNET.path(),
                Menus.DHCP_CLIENT.path(), Menus.FIREWALL_NAT.path(), Menus.PPPOE_CLIENT.path(), PppScope.PROFILES,
                AfterConnect.ADDRESS, AfterConnect.DNS);
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(MENU, Menus.FIREWALL_FILTER));
    }

    @Override
    public Derived derive(Snapshot s) {
        if (!s.hasMenu(Menus.FIREWALL_FILTER) || !s.hasMenu(AfterConnect.ADDRESS)) {
            return Derived.NOTHING;
        }
        Set<String> wan = WanInterfaces.of(s);
        List<Row> forward = FirewallModel.chain(s, "forward");
        List<Row> input = FirewallModel.chain(s, "input");
        Derived.Builder out = new Derived.Builder().menu(MENU);
        for (Row source : s.rows(AfterConnect.ADDRESS)) {
            List<long[]> ranges = PoolUsage.ranges(source.get("ranges"));
            Network net = new Network(wan, ClientSide.of(s, wan, ranges, source.get("profile")));
            List<Verdict> verdicts = new ArrayList<>();
            verdicts.add(FirewallModel.walk(new Probe("lan", "forward", null, null, false, From.CLIENT, To.LAN), forward, net, null));
            verdicts.add(FirewallModel.walk(new Probe("internet", "forward", null, null, false, From.CLIENT, To.INTERNET),
                    forward, net, null));
            Row dns = routerDns(s, source.get("profile"));
            if (dns != null) {
                verdicts.add(FirewallModel.walk(new Probe("dns", "input", "udp", "53", false, From.CLIENT, To.ROUTER),
                        input, net, null));
            }
            String placeBefore = highestDrop(verdicts, forward);
            for (Verdict v : verdicts) {
                Map<String, String> p = properties(source, v, ranges);
                if (v.probe().chain().equals("forward") && placeBefore != null) {
                    p.put("place-before-find", placeBefore);
                }
                if (v.probe().name().equals("dns")) {
                    p.put("dns-server", dns.get("dns-server"));
                }
                Row row = new Row(MENU, null, Set.of(), p, null, v.decider() != null ? v.decider().origin() : source.origin());
                List<Row> basis = new ArrayList<>();
                basis.add(row);
                if (v.decider() != null) {
                    basis.add(v.decider());
                }
                basis.add(source);
                if (dns != null && v.probe().name().equals("dns")) {
                    basis.add(dns);
                }
                out.add(MENU, row, basis);
            }
        }
        return out.build();
    }

    /** The profile's client-dns row when it gives the router itself as DNS server. */
    private static Row routerDns(Snapshot s, String profile) {
        if (profile == null) {
            return null;
        }
        return s.rows(AfterConnect.DNS).stream()
                .filter(r -> profile.equals(r.get("name")) && "yes".equals(r.get("router-dns"))).findFirst().orElse(null);
    }

    private static Map<String, String> properties(Row source, Verdict v, List<long[]> ranges) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("source", source.get("source"));
        if (source.get("profile") != null) {
            p.put("profile", source.get("profile"));
        }
        p.put("ranges", source.get("ranges"));
        p.put("probe", v.probe().name());
        p.put("chain", v.probe().chain());
        Row decider = v.decider();
        if (decider == null) {
            p.put("verdict", "accepted-by-default");
        } else {
            p.put("verdict", FirewallModel.verdictOf(decider));
            p.put("rule", decider.id());
            p.put("rule-find", FindExpression.of(decider));
            p.put("action", FirewallModel.action(decider));
            if (decider.get("packets") != null) {
                p.put("rule-packets", decider.get("packets"));
            }
            if (decider.comment() != null) {
                p.put("rule-comment", decider.comment());
            }
        }
        p.put("conditional-rules", String.valueOf(v.conditional()));
        String match = clientMatch(ranges);
        if (match != null) {
            p.put("client-match", match);
        }
        return p;
    }

    /** The highest forward rule that drops one of the forwarded probes: an accept placed before it lets both through. */
    private static String highestDrop(List<Verdict> verdicts, List<Row> forward) {
        Row highest = null;
        for (Verdict v : verdicts) {
            if (v.probe().chain().equals("forward") && v.decider() != null && !FirewallModel.accepts(v.decider())
                    && (highest == null || forward.indexOf(v.decider()) < forward.indexOf(highest))) {
                highest = v.decider();
            }
        }
        return highest == null ? null : FindExpression.of(highest);
    }

    /**
     * The clients' packets: from a PPP interface and from their addresses (one range as it is,
     * several as the smallest prefix holding them all), so that an accept for them does not open
     * the router to a PPPoE WAN, which is a PPP interface too.
     */
    static String clientMatch(List<long[]> ranges) {
        if (ranges.isEmpty()) {
            return null;
        }
        String src;
        if (ranges.size() == 1) {
            long[] r = ranges.get(0);
            src = PoolUsage.dotted(r);
        } else {
            src = ClientRoute.prefix(ranges);
        }
        return "in-interface=all-ppp src-address=" + src;
    }

}
