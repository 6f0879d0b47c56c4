package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * The one model of how a RouterOS filter chain treats a packet, shared by every path this project
 * walks: what an L2TP/IPsec client sends to the router from the WAN ({@link FirewallPath}), and
 * what a connected client sends through or to the router ({@link ClientPath}).
 *
 * <p>A rule decides only when every matcher it has is known to match a new packet of the probe;
 * a rule that depends on what this model cannot know (another address, a mark, an address list)
 * is "conditional", counted and never guessed. The first enabled rule that certainly matches with
 * a deciding action decides; none: the chain's policy accepts.
 */
final class FirewallModel {
    /** Where a probe comes from: the internet, or a connected client's PPP interface. */
    enum From { WAN, CLIENT }

    /** Where it goes: to the router itself, through it to a LAN subnet, or out to the internet. */
    enum To { ROUTER, LAN, INTERNET }

    /** A packet, by what rules match on: chain, protocol (null: any), port, IPsec, sides. */
    record Probe(String name, String chain, String protocol, String port, boolean insideIpsec, From from, To to) {
        static Probe fromWan(String name, String protocol, String port, boolean insideIpsec) {
            return new Probe(name, "input", protocol, port, insideIpsec, From.WAN, To.ROUTER);
        }
    }

    enum Match { YES, NO, CONDITIONAL }

    /** How one probe fares: the rule that decides it (null: the chain's policy accepts), the rules that might, and the accept below a drop. */
    record Verdict(Probe probe, Row decider, int conditional, Row acceptBelow) {
    }

    /** Matchers that say nothing about whether a new packet matches. */
    private static final Set<String> NEUTRAL = Set.of("chain", "action", "log", "log-prefix", "disabled", "comment",
            "bytes", "packets", "jump-target", "reject-with", "address-list", "address-list-timeout", "invalid",
            "dynamic", ".truncated", ".words", "hw-offload");

    /**
     * What the model knows of this router's interfaces and addresses: the WAN interfaces the
     * evidence shows, and for client probes the client side ({@link ClientSide}); null for WAN probes.
     */
    record Network(Set<String> wan, ClientSide client) {
    }

    private FirewallModel() {
    }

    /** The enabled rules of one filter chain, each with its number in the whole filter list when the paste showed none. */
    static List<Row> chain(Snapshot s, String chain) {
        List<Row> rules = new ArrayList<>();
        int position = 0;
        // a print stats beside the detail print lends its counters, not a second copy of each rule
        for (Row r : FirewallCounters.merged(s.rows(Menus.FIREWALL_FILTER))) {
            String number = r.id() != null ? r.id() : String.valueOf(position);
            position++;
            if (chain.equals(r.get("chain")) && !r.is("disabled")) {
                rules.add(r.id() != null ? r : new Row(r.menu(), number, r.flags(), r.properties(), r.comment(), r.origin()));
            }
        }
        return rules;
    }

    /** The first rule of the chain known to match and decide (unless {@code decided} already did); conditional ones are counted. */
    static Verdict walk(Probe probe, List<Row> rules, Network net, Row decided) {
        Row decider = decided;
        int conditional = 0;
        for (Row rule : decider != null ? List.<Row>of() : rules) {
            Match m = matches(rule, probe, net);
            String action = action(rule);
            if (m == Match.CONDITIONAL && isDecisive(action)) {
                conditional++;
            }
            if (m == Match.YES && isDecisive(action) && decider == null) {
                decider = rule;
            }
        }
        Row acceptBelow = decider != null && !accepts(decider) && rules.contains(decider)
                ? acceptAfter(rules, decider, probe, net) : null;
        return new Verdict(probe, decider, conditional, acceptBelow);
    }

    static String action(Row rule) {
        return rule.properties().getOrDefault("action", "accept");
    }

    /** accepted, rejected or dropped, by the deciding rule's action. */
    static String verdictOf(Row decider) {
        String action = action(decider);
        return action.equals("accept") ? "accepted" : action.equals("reject") ? "rejected" : "dropped";
    }

    static boolean accepts(Row rule) {
        return action(rule).equals("accept");
    }

    private static boolean isDecisive(String action) {
        return action.equals("accept") || action.equals("drop") || action.equals("reject") || action.equals("tarpit");
    }

    /** The first rule below the decider that would accept the probe: the one to move up. */
    private static Row acceptAfter(List<Row> rules, Row decider, Probe probe, Network net) {
        boolean below = false;
        for (Row rule : rules) {
            if (rule == decider) {
                below = true;
                continue;
            }
            if (below && accepts(rule) && matches(rule, probe, net) != Match.NO) {
                return rule;
            }
        }
        return null;
    }

    static Match matches(Row rule, Probe probe, Network net) {
        Match result = Match.YES;
        for (Map.Entry<String, String> e : rule.properties().entrySet()) {
            Match m = matcher(e.getKey(), e.getValue(), probe, net);
            if (m == Match.NO) {
                return Match.NO;
            }
            if (m == Match.CONDITIONAL) {
                result = Match.CONDITIONAL;
            }
        }
        return result;
    }

    private static Match matcher(String key, String value, Probe probe, Network net) {
        if (NEUTRAL.contains(key)) {
            return Match.YES;
        }
        boolean negated = value.startsWith("!");
        String v = negated ? value.substring(1) : value;
        if (probe.from() == From.CLIENT) {
            return ClientSide.matcher(key, v, negated, probe, net.client());
        }
        return switch (key) {
            case "protocol" -> bool(protocolMatches(v, probe.protocol()) != negated);
            case "dst-port", "port" -> probe.port() == null ? Match.NO : bool(portMatches(v, probe.port()) != negated);
            case "connection-state" -> bool(v.contains("new") != negated);
            case "connection-nat-state" -> bool(v.contains("dstnat") == negated);
            case "ipsec-policy" -> ipsecPolicy(v, probe);
            case "in-interface-list" -> wanInList(v, negated);
            case "in-interface" -> wanInInterface(v, negated, net.wan());
            case "dst-address-type" -> bool(v.contains("local") != negated);
            case "src-address", "src-address-list" -> negated ? Match.YES : Match.CONDITIONAL;
            default -> Match.CONDITIONAL;
        };
    }

    static Match bool(boolean b) {
        return b ? Match.YES : Match.NO;
    }

    static boolean protocolMatches(String rule, String probe) {
        return rule.equals(probe) || rule.equals("50") && probe.equals("ipsec-esp") || rule.equals("17") && probe.equals("udp")
                || rule.equals("6") && probe.equals("tcp");
    }

    static boolean portMatches(String list, String port) {
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
    private static Match wanInInterface(String name, boolean negated, Set<String> wan) {
        if (name.startsWith("all-") || negated && name.equals("lo")) {
            return Match.YES;
        }
        if (wan.contains(name)) {
            return bool(!negated);
        }
        return negated && !wan.isEmpty() ? Match.YES : Match.CONDITIONAL;
    }

    /** "in,ipsec" matches only what IPsec decapsulated; "in,none" only what it did not. */
    static Match ipsecPolicy(String value, Probe probe) {
        if (!value.startsWith("in")) {
            return Match.CONDITIONAL;
        }
        boolean wantsIpsec = value.endsWith("ipsec");
        return bool(wantsIpsec == probe.insideIpsec());
    }

    /** WAN packets match "WAN" and "!LAN"; a list named otherwise may or may not hold the WAN port. */
    private static Match wanInList(String list, boolean negated) {
        String name = list.toLowerCase(Locale.ROOT);
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
