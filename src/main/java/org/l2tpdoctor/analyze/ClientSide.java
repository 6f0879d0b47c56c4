package org.l2tpdoctor.analyze;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.l2tpdoctor.analyze.FirewallModel.Match;
import org.l2tpdoctor.analyze.FirewallModel.Probe;
import org.l2tpdoctor.analyze.FirewallModel.To;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * What {@link FirewallModel} needs to judge a packet a connected L2TP client sends: its PPP
 * interface (a dynamic {@code <l2tp-user>}), its source addresses (the pool), the LAN subnets and
 * interfaces, the WAN, and which interface lists hold a client's interface.
 *
 * <p>A client's interface is in the built-in lists {@code all} and {@code dynamic}, in the list its
 * PPP profile's {@code interface-list} adds it to on connect, in a list that includes one of them, or in a list with an {@code all-ppp} or {@code dynamic} member; it is not
 * in a list whose members the paste shows in full without one (an export always does). Anything
 * else, a member that is one user's static server binding for example, stays conditional.
 */
record ClientSide(Snapshot snapshot, Set<String> wan, List<long[]> sources, List<long[]> lanNets,
        Set<String> lanInterfaces, Set<String> fixedInterfaces, Set<String> profileLists) {

    /** The LAN side as the router's own static addresses show it: every subnet not on a WAN interface. */
    static ClientSide of(Snapshot s, Set<String> wan, List<long[]> sources, String profile) {
        List<long[]> lanNets = new java.util.ArrayList<>();
        Set<String> lanInterfaces = new LinkedHashSet<>();
        Set<String> fixed = new LinkedHashSet<>(wan);
        for (Row a : s.rows(Menus.IP_ADDRESS)) {
            String iface = a.get("interface");
            String address = a.get("address");
            if (iface == null || address == null || a.is("dynamic") || a.is("disabled") || wan.contains(iface)
                    || !address.contains("/") || address.endsWith("/32")) {
                continue;
            }
            List<long[]> net = PoolUsage.ranges(address);
            if (!net.isEmpty()) {
                lanNets.addAll(net);
                lanInterfaces.add(iface);
                fixed.add(iface);
            }
        }
        s.rows(Menus.BRIDGE).forEach(r -> add(fixed, r.get("name")));
        s.rows(Menus.BRIDGE_PORT).forEach(r -> add(fixed, r.get("interface")));
        s.rows(Menus.ETHERNET).forEach(r -> {
            add(fixed, r.get("name"));
            add(fixed, r.get("default-name"));
        });
        s.rows(Menus.DHCP_CLIENT).forEach(r -> add(fixed, r.get("interface")));
        Set<String> profileLists = new LinkedHashSet<>();
        s.rows(PppScope.PROFILES).stream().filter(r -> profile != null && profile.equals(r.get("name")))
                .forEach(r -> profileLists.addAll(names(r.get("interface-list"))));
        return new ClientSide(s, wan, sources, lanNets, lanInterfaces, fixed, profileLists);
    }

    private static void add(Set<String> set, String name) {
        if (name != null && !name.isBlank()) {
            set.add(name);
        }
    }

    static Match matcher(String key, String v, boolean negated, Probe probe, ClientSide c) {
        return switch (key) {
            case "protocol" -> probe.protocol() == null ? Match.CONDITIONAL
                    : FirewallModel.bool(FirewallModel.protocolMatches(v, probe.protocol()) != negated);
            case "dst-port", "port" -> probe.port() == null
                    ? (probe.protocol() == null ? Match.CONDITIONAL : Match.NO)
                    : FirewallModel.bool(FirewallModel.portMatches(v, probe.port()) != negated);
            case "connection-state" -> FirewallModel.bool(v.contains("new") != negated);
            case "connection-nat-state" -> FirewallModel.bool(v.contains("dstnat") == negated);
            case "ipsec-policy" -> FirewallModel.ipsecPolicy(v, probe);
            case "in-interface-list" -> flip(c.holdsClients(v, 0), negated);
            case "in-interface" -> flip(c.isClientInterface(v), negated);
            case "out-interface-list" -> flip(c.outList(v, probe.to()), negated);
            case "out-interface" -> flip(c.outInterface(v, probe.to()), negated);
            case "src-address" -> flip(cover(v, c.sources()), negated);
            case "dst-address" -> flip(c.destination(v, probe.to()), negated);
            case "dst-address-type" -> probe.to() == To.ROUTER ? FirewallModel.bool(v.contains("local") != negated)
                    : v.contains("local") ? FirewallModel.bool(negated) : Match.CONDITIONAL;
            default -> Match.CONDITIONAL;
        };
    }

    private static Match flip(Match m, boolean negated) {
        if (!negated || m == Match.CONDITIONAL) {
            return m;
        }
        return m == Match.YES ? Match.NO : Match.YES;
    }

    /** Whether every address of {@code ranges} is inside the rule's addresses (yes), none is (no), or some are. */
    static Match cover(String match, List<long[]> ranges) {
        List<long[]> net = PoolUsage.ranges(match);
        if (net.isEmpty() || ranges.isEmpty()) {
            return Match.CONDITIONAL;
        }
        boolean inside = ranges.stream().allMatch(r -> net.stream().anyMatch(n -> n[0] <= r[0] && r[1] <= n[1]));
        boolean outside = ranges.stream().allMatch(r -> net.stream().allMatch(n -> r[1] < n[0] || r[0] > n[1]));
        return inside ? Match.YES : outside ? Match.NO : Match.CONDITIONAL;
    }

    /** A client's packet arrives on its own PPP interface: all-ppp holds it, a known port or bridge does not. */
    private Match isClientInterface(String name) {
        if (name.equals("all-ppp")) {
            return Match.YES;
        }
        if (name.startsWith("all-") || fixedInterfaces.contains(name)) {
            return Match.NO;
        }
        return Match.CONDITIONAL;
    }

    /** Whether an interface list holds the clients' dynamic PPP interfaces. */
    private Match holdsClients(String list, int depth) {
        String lower = list.toLowerCase(Locale.ROOT);
        if (lower.equals("all") || lower.equals("dynamic") || profileLists.contains(list)) {
            return Match.YES;
        }
        if (lower.equals("none") || lower.equals("static") || depth > 4) {
            return lower.equals("none") || lower.equals("static") ? Match.NO : Match.CONDITIONAL;
        }
        Row row = listRow(list);
        if (row != null && names(row.get("exclude")).stream().anyMatch(n -> n.equals("dynamic") || n.equals("all"))) {
            return Match.NO;
        }
        boolean partly = false;
        if (row != null) {
            for (String included : names(row.get("include"))) {
                Match m = holdsClients(included, depth + 1);
                if (m == Match.YES) {
                    return Match.YES;
                }
                partly |= m == Match.CONDITIONAL;
            }
        }
        for (Row member : snapshot.rows(Menus.INTERFACE_LIST_MEMBER)) {
            if (!list.equals(member.get("list")) || member.is("disabled") || member.get("interface") == null) {
                continue;
            }
            Match m = isClientInterface(member.get("interface"));
            if (member.get("interface").equals("dynamic") || m == Match.YES) {
                return Match.YES;
            }
            partly |= m == Match.CONDITIONAL;
        }
        boolean whole = snapshot.hasMenu(Menus.INTERFACE_LIST_MEMBER) && (snapshot.hasMenu(Menus.INTERFACE_LIST) || row != null);
        return whole && !partly ? Match.NO : Match.CONDITIONAL;
    }

    private Row listRow(String name) {
        return snapshot.rows(Menus.INTERFACE_LIST).stream().filter(r -> name.equals(r.get("name"))).findFirst().orElse(null);
    }

    private static List<String> names(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split(","));
    }

    /** Whether an interface list holds where a forwarded packet leaves: the LAN interface, or the WAN. */
    private Match outList(String list, To to) {
        Set<String> targets = to == To.LAN ? lanInterfaces : to == To.INTERNET ? wan : Set.of();
        if (targets.isEmpty()) {
            return Match.CONDITIONAL;
        }
        String lower = list.toLowerCase(Locale.ROOT);
        if (lower.equals("all")) {
            return Match.YES;
        }
        if (lower.equals("none") || lower.equals("dynamic")) {
            return Match.NO;
        }
        boolean all = true;
        boolean none = true;
        for (String target : targets) {
            boolean in = snapshot.rows(Menus.INTERFACE_LIST_MEMBER).stream()
                    .anyMatch(m -> list.equals(m.get("list")) && target.equals(m.get("interface")) && !m.is("disabled"));
            all &= in;
            none &= !in;
        }
        Row row = listRow(list);
        boolean whole = snapshot.hasMenu(Menus.INTERFACE_LIST_MEMBER) && row != null && names(row.get("include")).isEmpty();
        return all ? Match.YES : none && whole ? Match.NO : Match.CONDITIONAL;
    }

    private Match outInterface(String name, To to) {
        Set<String> targets = to == To.LAN ? lanInterfaces : to == To.INTERNET ? wan : Set.of();
        if (name.equals("all-ppp")) {
            return to == To.ROUTER ? Match.CONDITIONAL : Match.NO;
        }
        if (targets.size() == 1 && targets.contains(name)) {
            return Match.YES;
        }
        if (!targets.isEmpty() && !targets.contains(name) && fixedInterfaces.contains(name)) {
            return Match.NO;
        }
        return Match.CONDITIONAL;
    }

    /** A LAN probe goes to the LAN subnets; an internet probe to a public address. */
    private Match destination(String match, To to) {
        if (to == To.LAN) {
            return cover(match, lanNets);
        }
        List<long[]> net = PoolUsage.ranges(match);
        if (net.size() == 1 && net.get(0)[0] == 0 && net.get(0)[1] == 0xFFFFFFFFL) {
            return Match.YES;
        }
        if (to == To.INTERNET && !net.isEmpty() && net.stream().allMatch(ClientSide::isPrivate)) {
            return Match.NO;
        }
        return Match.CONDITIONAL;
    }

    private static boolean isPrivate(long[] r) {
        return within(r, "10.0.0.0", 8) || within(r, "172.16.0.0", 12) || within(r, "192.168.0.0", 16)
                || within(r, "100.64.0.0", 10) || within(r, "127.0.0.0", 8);
    }

    private static boolean within(long[] r, String base, int bits) {
        long start = PoolUsage.ipv4(base);
        long end = start + (1L << (32 - bits)) - 1;
        return r[0] >= start && r[1] <= end;
    }
}
