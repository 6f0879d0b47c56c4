package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** A packet a road warrior sends to the router. */
    private record Probe(String name, String protocol, String port, boolean insideIpsec) {
    }

    private static final List<Probe> PROBES = List.of(
            new Probe("udp-500", "udp", "500", false),
            new Probe("udp-4500", "udp", "4500", false),
            new Probe("esp", "ipsec-esp", null, false),
            new Probe("udp-1701-ipsec", "udp", "1701", true),
            new Probe("udp-1701-plain", "udp", "1701", false));

    /** Matchers that say nothing about whether a new WAN packet matches. */
    private static final Set<String> NEUTRAL = Set.of("chain", "action", "log", "log-prefix", "disabled", "comment",
            "bytes", "packets", "jump-target", "reject-with", "address-list", "address-list-timeout", "invalid",
            "dynamic", ".truncated", ".words", "hw-offload");

    private enum Match { YES, NO, CONDITIONAL }

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
        List<Row> input = inputChain(FirewallCounters.merged(s.rows(Menus.FIREWALL_FILTER)));
        List<Verdict> verdicts = PROBES.stream().map(probe -> verdict(probe, raw, input, wan)).toList();
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

    /** How one probe fares: the rule that decides it (null: none, accepted by default), the rules that might, and the accept below a drop. */
    private record Verdict(Probe probe, Row decider, int conditional, Row acceptBelow) {
    }

    /** The enabled raw prerouting rules: seen before the filter. */
    private static List<Row> rawPrerouting(List<Row> rules) {
        return rules.stream()
                .filter(r -> "prerouting".equals(r.get("chain")) && !r.is("disabled")).toList();
    }

    /** The enabled input rules, each with its number in the whole filter list when the paste showed none. */
    private static List<Row> inputChain(List<Row> rules) {
        List<Row> input = new ArrayList<>();
        int position = 0;
        for (Row r : rules) {
            String number = r.id() != null ? r.id() : String.valueOf(position);
            position++;
            if ("input".equals(r.get("chain")) && !r.is("disabled")) {
                input.add(r.id() != null ? r : new Row(r.menu(), number, r.flags(), r.properties(), r.comment(), r.origin()));
            }
        }
        return input;
    }

    /** A raw drop decides first; else the first input rule known to match and decide; conditional ones are counted. */
    private static Verdict verdict(Probe probe, List<Row> raw, List<Row> input, Set<String> wan) {
        Row decider = rawDrop(raw, probe, wan);
        int conditional = 0;
        for (Row rule : decider != null ? List.<Row>of() : input) {
            Match m = matches(rule, probe, wan);
            String action = rule.properties().getOrDefault("action", "accept");
            if (m == Match.CONDITIONAL && isDecisive(action)) {
                conditional++;
            }
            if (m == Match.YES && isDecisive(action) && decider == null) {
                decider = rule;
            }
        }
        Row acceptBelow = decider != null && !accepts(decider) && !isRaw(decider)
                ? acceptAfter(input, decider, probe, wan) : null;
        return new Verdict(probe, decider, conditional, acceptBelow);
    }

    private static Map<String, String> properties(Verdict v) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("probe", v.probe().name());
        Row decider = v.decider();
        if (decider == null) {
            p.put("verdict", "accepted-by-default");
        } else {
            String action = decider.properties().getOrDefault("action", "accept");
            p.put("verdict", action.equals("accept") ? "accepted" : action.equals("reject") ? "rejected" : "dropped");
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

    private static boolean accepts(Row rule) {
        return rule.properties().getOrDefault("action", "accept").equals("accept");
    }

    private static boolean isDecisive(String action) {
        return action.equals("accept") || action.equals("drop") || action.equals("reject") || action.equals("tarpit");
    }

    /** The first rule below the decider that would accept the probe: the one to move up. */
    private static Row acceptAfter(List<Row> input, Row decider, Probe probe, Set<String> wan) {
        boolean below = false;
        for (Row rule : input) {
            if (rule == decider) {
                below = true;
                continue;
            }
            if (below && accepts(rule) && matches(rule, probe, wan) != Match.NO) {
                return rule;
            }
        }
        return null;
    }

    /**
     * The raw prerouting rule that drops the probe before the filter sees it: raw runs first, and
     * its accept or notrack only ends raw processing, so only a drop decides here.
     */
    private static Row rawDrop(List<Row> raw, Probe probe, Set<String> wan) {
        for (Row rule : raw) {
            if (matches(rule, probe, wan) != Match.YES) {
                continue;
            }
            String action = rule.properties().getOrDefault("action", "accept");
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

    private static Match matches(Row rule, Probe probe, Set<String> wan) {
        Match result = Match.YES;
        for (Map.Entry<String, String> e : rule.properties().entrySet()) {
            Match m = matcher(e.getKey(), e.getValue(), probe, wan);
            if (m == Match.NO) {
                return Match.NO;
            }
            if (m == Match.CONDITIONAL) {
                result = Match.CONDITIONAL;
            }
        }
        return result;
    }

    private static Match matcher(String key, String value, Probe probe, Set<String> wan) {
        if (NEUTRAL.contains(key)) {
            return Match.YES;
        }
        boolean negated = value.startsWith("!");
        String v = negated ? value.substring(1) : value;
        return switch (key) {
            case "protocol" -> bool(protocolMatches(v, probe.protocol()) != negated);
            case "dst-port", "port" -> probe.port() == null ? Match.NO : bool(portMatches(v, probe.port()) != negated);
            case "connection-state" -> bool(v.contains("new") != negated);
            case "connection-nat-state" -> bool(v.contains("dstnat") == negated);
            case "ipsec-policy" -> ipsecPolicy(v, probe);
            case "in-interface-list" -> interfaceList(v, negated);
            case "in-interface" -> inInterface(v, negated, wan);
            case "dst-address-type" -> bool(v.contains("local") != negated);
            case "src-address", "src-address-list" -> negated ? Match.YES : Match.CONDITIONAL;
            default -> Match.CONDITIONAL;
        };
    }

    private static Match bool(boolean b) {
        return b ? Match.YES : Match.NO;
    }

    private static boolean protocolMatches(String rule, String probe) {
        return rule.equals(probe) || rule.equals("50") && probe.equals("ipsec-esp") || rule.equals("17") && probe.equals("udp");
    }

    private static boolean portMatches(String list, String port) {
        int p = Integer.parseInt(port);
        for (String part : list.split(",")) {
            String[] range = part.strip().split("-");
            try {
                int from = Integer.parseInt(range[0]);
                int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
                if (p >= from && p <= to) {
                    return true;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * A WAN packet arrives on a WAN interface: a rule on an interface the evidence shows is the
     * WAN (its DHCP client, the masquerade's out-interface, a PPPoE client) matches it, and a
     * negated one does not; any other named interface stays conditional.
     */
    private static Match inInterface(String name, boolean negated, Set<String> wan) {
        if (name.startsWith("all-") || negated && name.equals("lo")) {
            return Match.YES;
        }
        if (wan.contains(name)) {
            return bool(!negated);
        }
        return negated && !wan.isEmpty() ? Match.YES : Match.CONDITIONAL;
    }

    /** "in,ipsec" matches only what IPsec decapsulated; "in,none" only what it did not. */
    private static Match ipsecPolicy(String value, Probe probe) {
        if (!value.startsWith("in")) {
            return Match.CONDITIONAL;
        }
        boolean wantsIpsec = value.endsWith("ipsec");
        return bool(wantsIpsec == probe.insideIpsec());
    }

    /** WAN packets match "WAN" and "!LAN"; a list named otherwise may or may not hold the WAN port. */
    private static Match interfaceList(String list, boolean negated) {
        String name = list.toLowerCase(java.util.Locale.ROOT);
        if (name.equals("all")) {
            return bool(!negated);
        }
        if (name.contains("wan") || name.contains("internet")) {
            return bool(!negated);
        }
        if (name.contains("lan")) {
            return bool(negated);
        }
        return Match.CONDITIONAL;
    }
}
