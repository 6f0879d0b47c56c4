package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.analyze.FirewallModel.Match;
import org.l2tpdoctor.analyze.FirewallModel.Network;
import org.l2tpdoctor.analyze.FirewallModel.Probe;
import org.l2tpdoctor.analyze.FirewallModel.Verdict;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * {@code /doctor firewall-path}: for each packet an L2TP/IPsec client sends from the WAN (UDP 500,
 * UDP 4500, ESP, UDP 1701 inside IPsec, plain UDP 1701), which input rule decides it first and how.
 * A rule decides only when every matcher it has is known to match a new packet from any client;
 * a rule that depends on the client's address or on matchers this analysis does not model is
 * passed over and counted as "conditional", never guessed. A probe dropped above an accept rule
 * names that rule ({@code accept-rule}), and the dropped IPsec probes share one move plan
 * ({@code move-find}, {@code move-before-find}: rules named by comment or content). The WAN is
 * what the evidence shows ({@link WanInterfaces}); raw prerouting drops are seen before the filter.
 */
final class FirewallPath implements Analyzer {
    static final String MENU = "/doctor firewall-path";

    private static final List<Probe> PROBES = List.of(
            Probe.fromWan("udp-500", "udp", "500", false),
            Probe.fromWan("udp-4500", "udp", "4500", false),
            Probe.fromWan("esp", "ipsec-esp", null, false),
            Probe.fromWan("udp-1701-ipsec", "udp", "1701", true),
            Probe.fromWan("udp-1701-plain", "udp", "1701", false));

    @Override
    public List<String> reads() {
        return List.of(Menus.FIREWALL_FILTER.path(), Menus.FIREWALL_RAW.path(), Menus.INTERFACE_LIST.path(),
                Menus.DHCP_CLIENT.path(), Menus.FIREWALL_NAT.path(), Menus.PPPOE_CLIENT.path(),
                Menus.INTERFACE_LIST_MEMBER.path());
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(MENU, Menus.FIREWALL_FILTER));
    }

    @Override
    public Derived derive(Snapshot s) {
        if (!s.hasMenu(Menus.FIREWALL_FILTER)) {
            return Derived.NOTHING;
        }
        Set<String> wan = WanInterfaces.of(s);
        List<Row> raw = rawPrerouting(FirewallCounters.merged(s.rows(Menus.FIREWALL_RAW)));
        List<Row> input = FirewallModel.chain(s, "input");
        Network net = new Network(wan, null);
        List<Verdict> verdicts = PROBES.stream()
                .map(probe -> FirewallModel.walk(probe, input, net, rawDrop(raw, probe, net))).toList();
        List<Map<String, String>> props = verdicts.stream().map(FirewallPath::properties).toList();
        addFindPlan(props, verdicts.stream().map(Verdict::decider).toList(),
                verdicts.stream().map(Verdict::acceptBelow).toList(), input);
        String wanMatch = wanMatch(s, wan);
        props.forEach(p -> p.put("wan-match", wanMatch));
        Derived.Builder out = new Derived.Builder().menu(MENU);
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            Row row = new Row(MENU, null, Set.of(), props.get(i), null, origin(s, v.decider()));
            out.add(MENU, row, evidence(row, v));
        }
        return out.build();
    }

    /** The enabled raw prerouting rules: seen before the filter. */
    private static List<Row> rawPrerouting(List<Row> rules) {
        return rules.stream()
                .filter(r -> "prerouting".equals(r.get("chain")) && !r.is("disabled")).toList();
    }

    private static Map<String, String> properties(Verdict v) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("probe", v.probe().name());
        Row decider = v.decider();
        if (decider == null) {
            p.put("verdict", "accepted-by-default");
        } else {
            String action = FirewallModel.action(decider);
            p.put("verdict", FirewallModel.verdictOf(decider));
            p.put("rule", decider.id());
            p.put("rule-find", FindExpression.of(decider));
            p.put("table", isRaw(decider) ? "raw" : "filter");
            p.put("action", action);
            if (decider.get("packets") != null) {
                p.put("rule-packets", FirewallCounters.count(decider.get("packets")));
            }
            if (decider.comment() != null) {
                p.put("rule-comment", decider.comment());
            }
            if (decider.get("protocol") != null) {
                // what the rule selects: a drop of one protocol counts only that protocol's packets
                p.put("rule-protocol", decider.get("protocol"));
            }
        }
        if (v.acceptBelow() != null) {
            p.put("accept-rule", v.acceptBelow().id());
            if (v.acceptBelow().get("packets") != null) {
                p.put("accept-rule-packets", FirewallCounters.count(v.acceptBelow().get("packets")));
            }
            p.put("accept-rule-find", FindExpression.of(v.acceptBelow()));
        }
        p.put("conditional-rules", String.valueOf(v.conditional()));
        return p;
    }

    /** Where a probe's row points: its deciding rule, else the first filter rule. */
    private static Origin origin(Snapshot s, Row decider) {
        if (decider != null) {
            return decider.origin();
        }
        List<Row> filter = s.rows(Menus.FIREWALL_FILTER);
        return filter.isEmpty() ? new Origin("input", 0) : filter.get(0).origin();
    }

    private static List<Row> evidence(Row row, Verdict v) {
        List<Row> evidence = new ArrayList<>();
        evidence.add(row); // first, so a fix can name its {rule} and {accept-rule}
        if (v.decider() != null) {
            evidence.add(v.decider());
        }
        if (v.acceptBelow() != null) {
            evidence.add(v.acceptBelow());
        }
        return evidence;
    }

    /**
     * One move for all IPsec probes (UDP 500, UDP 4500, ESP, L2TP decapsulated from IPsec) that a
     * drop stops above their accept rule, by content, never by item numbers: {@code move-find}
     * selects every accept rule to move and {@code move-before-find} the highest drop above them,
     * for {@code move [find where <move-find>] destination=[find where <move-before-find>]}.
     */
    private static void addFindPlan(List<Map<String, String>> props, List<Row> deciders, List<Row> acceptsBelow,
            List<Row> input) {
        java.util.LinkedHashSet<String> accepts = new java.util.LinkedHashSet<>();
        Row before = null;
        for (int i = 0; i < props.size(); i++) {
            if (props.get(i).get("probe").equals("udp-1701-plain") || acceptsBelow.get(i) == null) {
                continue;
            }
            accepts.add(FindExpression.of(acceptsBelow.get(i)));
            Row drop = deciders.get(i);
            if (before == null || input.indexOf(drop) < input.indexOf(before)) {
                before = drop;
            }
        }
        if (before == null) {
            return;
        }
        String move = accepts.size() == 1 ? accepts.iterator().next()
                : String.join(" or ", accepts.stream().map(a -> "(" + a + ")").toList());
        for (int i = 0; i < props.size(); i++) {
            if (!props.get(i).get("probe").equals("udp-1701-plain") && acceptsBelow.get(i) != null) {
                props.get(i).put("move-find", move);
                props.get(i).put("move-before-find", FindExpression.of(before));
            }
        }
    }

    /** How an accept rule names the WAN on this router: its WAN list, its one WAN port, or not at all. */
    private static String wanMatch(Snapshot s, Set<String> wan) {
        boolean wanList = s.rows(Menus.INTERFACE_LIST).stream().anyMatch(r -> "WAN".equalsIgnoreCase(r.get("name")))
                || s.rows(Menus.FIREWALL_FILTER).stream().anyMatch(r -> "WAN".equalsIgnoreCase(r.get("in-interface-list")));
        if (wanList) {
            return " in-interface-list=WAN";
        }
        return wan.size() == 1 ? " in-interface=" + wan.iterator().next() : "";
    }

    /**
     * The raw prerouting rule that drops the probe before the filter sees it: raw runs first, and
     * its accept or notrack only ends raw processing, so only a drop decides here.
     */
    private static Row rawDrop(List<Row> raw, Probe probe, Network net) {
        for (Row rule : raw) {
            if (FirewallModel.matches(rule, probe, net) != Match.YES) {
                continue;
            }
            String action = FirewallModel.action(rule);
            if (action.equals("drop")) {
                return rule;
            }
            if (action.equals("accept") || action.equals("notrack")) {
                return null;
            }
        }
        return null;
    }

    private static boolean isRaw(Row rule) {
        return Menus.FIREWALL_RAW.path().equals(rule.menu());
    }
}
