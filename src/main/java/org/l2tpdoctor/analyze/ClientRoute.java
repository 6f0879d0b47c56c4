package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * {@code /doctor client-route}: whether the LAN's hosts can answer clients numbered outside the
 * LAN. They send replies to their own gateway; when that is another router on the LAN (this one's
 * default route goes through it: a VPN server behind the office gateway, "on a stick"), it needs a
 * route for the clients' addresses back to this router, which a paste of this router cannot show.
 *
 * <p>Per {@code /doctor client-address} source outside every LAN subnet: {@code route-back}
 * needed (the router's default gateway {@code lan-gateway} lies in its LAN subnet {@code lan}, the
 * router serves no other private subnet, its DHCP does not name itself the LAN's gateway, and no
 * srcnat hides the clients behind its LAN address), no (with {@code reason}), or unknown (with
 * {@code missing}: the evidence that would decide). {@code router-lan-address}, {@code
 * lan-interface} and {@code client-prefix} (the smallest prefix holding the clients) name the fix.
 */
final class ClientRoute implements Analyzer {
    static final String MENU = "/doctor client-route";

    @Override
    public List<String> reads() {
        return List.of(Menus.IP_ROUTE.path(), Menus.DHCP_SERVER_NETWORK.path(), Menus.DHCP_CLIENT.path(),
                Menus.IP_ADDRESS.path(), Menus.FIREWALL_NAT.path(), AfterConnect.ADDRESS);
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(MENU, Menus.IP_ROUTE));
    }

    /** One of the router's own static private subnets. */
    private record Subnet(Row row, String iface, long host, long lo, long hi, int bits) {
        boolean holds(long a) {
            return a >= lo && a <= hi;
        }

        String text() {
            return PoolUsage.dotted(lo) + "/" + bits;
        }
    }

    @Override
    public Derived derive(Snapshot s) {
        if (!s.hasMenu(Menus.IP_ROUTE) || !s.hasMenu(Menus.IP_ADDRESS) || !s.hasMenu(AfterConnect.ADDRESS)) {
            return Derived.NOTHING;
        }
        List<Subnet> subnets = subnets(s);
        List<Row> defaults = s.rows(Menus.IP_ROUTE).stream().filter(r -> !r.is("disabled"))
                .filter(r -> r.get("dst-address") == null || r.get("dst-address").equals("0.0.0.0/0"))
                .filter(r -> PoolUsage.ipv4(gateway(r)) >= 0).toList();
        Derived.Builder out = new Derived.Builder().menu(MENU);
        for (Row source : s.rows(AfterConnect.ADDRESS)) {
            if (source.get("lan-address") != null || !"yes".equals(source.get("private"))) {
                continue; // inside a LAN subnet (proxy-arp's question) or public: not this one
            }
            List<long[]> ranges = PoolUsage.ranges(source.get("ranges"));
            Map<String, String> p = new LinkedHashMap<>();
            p.put("source", source.get("source"));
            p.put("ranges", source.get("ranges"));
            String prefix = prefix(ranges);
            if (prefix != null) {
                p.put("client-prefix", prefix);
            }
            List<Row> basis = new ArrayList<>();
            basis.add(source);
            judge(s, ranges, subnets, defaults, p, basis);
            Row row = new Row(MENU, null, Set.of(), p, null, source.origin());
            basis.add(0, row);
            out.add(MENU, row, basis);
        }
        return out.build();
    }

    private static void judge(Snapshot s, List<long[]> ranges, List<Subnet> subnets, List<Row> defaults,
            Map<String, String> p, List<Row> basis) {
        if (defaults.isEmpty()) {
            Row dhcp = s.rows(Menus.DHCP_CLIENT).stream()
                    .filter(r -> !r.is("disabled") && !"no".equals(r.get("add-default-route")) && r.get("interface") != null)
                    .findFirst().orElse(null);
            if (dhcp != null && subnets.stream().noneMatch(n -> n.iface().equals(dhcp.get("interface")))) {
                basis.add(dhcp);
                p.put("route-back", "no");
                p.put("reason", "the router's default route comes from its DHCP client on " + dhcp.get("interface")
                        + ", which carries no LAN subnet: the router is the LAN's way out");
                return;
            }
            p.put("route-back", "unknown");
            p.put("missing", "the router's default route: none in /ip route (a DHCP client's route is dynamic and not in an export;"
                    + " paste /ip route print detail from the router)");
            return;
        }
        Row route = defaults.get(0);
        long gw = PoolUsage.ipv4(gateway(route));
        Subnet lan = subnets.stream().filter(n -> n.holds(gw)).findFirst().orElse(null);
        basis.add(route);
        if (lan == null) {
            p.put("route-back", "no");
            p.put("reason", "the router's default gateway " + PoolUsage.dotted(gw) + " is not on a LAN subnet: the router is the LAN's way out");
            return;
        }
        basis.add(lan.row());
        p.put("lan", lan.text());
        p.put("lan-interface", lan.iface());
        p.put("lan-gateway", PoolUsage.dotted(gw));
        p.put("router-lan-address", PoolUsage.dotted(lan.host()));
        Subnet other = subnets.stream().filter(n -> n != lan && !n.iface().equals(lan.iface())).findFirst().orElse(null);
        if (other != null) {
            p.put("route-back", "no");
            p.put("reason", "the router serves another LAN, " + other.text() + ", whose hosts it routes itself");
            return;
        }
        for (Row net : s.rows(Menus.DHCP_SERVER_NETWORK)) {
            List<long[]> range = PoolUsage.ranges(net.get("address"));
            if (!net.is("disabled") && !range.isEmpty() && range.get(0)[0] == lan.lo()
                    && PoolUsage.ipv4(net.get("gateway")) == lan.host()) {
                basis.add(net);
                p.put("route-back", "no");
                p.put("reason", "its DHCP server gives the LAN this router (" + PoolUsage.dotted(lan.host()) + ") as gateway");
                return;
            }
        }
        Row nat = natToLan(s, ranges, lan);
        if (nat != null) {
            basis.add(nat);
            p.put("route-back", "no");
            p.put("reason", "a srcnat rule hides the clients behind the router's LAN address");
            return;
        }
        if (!s.hasMenu(Menus.FIREWALL_NAT)) {
            p.put("route-back", "unknown");
            p.put("missing", "whether a srcnat rule hides the clients behind the router's LAN address: paste /ip firewall nat print detail");
            return;
        }
        p.put("route-back", "needed");
    }

    /** The router's own enabled static private subnets (not /32), in the order printed. */
    private static List<Subnet> subnets(Snapshot s) {
        List<Subnet> out = new ArrayList<>();
        for (Row a : s.rows(Menus.IP_ADDRESS)) {
            String address = a.get("address");
            String iface = a.get("interface");
            if (address == null || iface == null || a.is("dynamic") || a.is("disabled") || !address.contains("/")
                    || address.endsWith("/32")) {
                continue;
            }
            String host = address.substring(0, address.indexOf('/'));
            List<long[]> net = PoolUsage.ranges(address);
            if (net.isEmpty() || !Addresses.isPrivate(host)) {
                continue;
            }
            int bits = Integer.parseInt(address.substring(address.indexOf('/') + 1));
            out.add(new Subnet(a, iface, PoolUsage.ipv4(host), net.get(0)[0], net.get(0)[1], bits));
        }
        return out;
    }

    /** An enabled srcnat rule that covers the clients on their way into the LAN: no out-interface other than the LAN's. */
    private static Row natToLan(Snapshot s, List<long[]> ranges, Subnet lan) {
        for (Row r : s.rows(Menus.FIREWALL_NAT)) {
            if (!"srcnat".equals(r.get("chain")) || r.is("disabled")
                    || !Set.of("masquerade", "src-nat", "netmap", "same").contains(r.get("action"))) {
                continue;
            }
            String out = r.get("out-interface");
            if (r.has("out-interface-list") || out != null && !out.equals(lan.iface())) {
                continue;
            }
            String src = r.get("src-address");
            String dst = r.get("dst-address");
            boolean srcOk = src == null || ClientSide.cover(src, ranges) == FirewallModel.Match.YES;
            boolean dstOk = dst == null || ClientSide.cover(dst, List.of(new long[] {lan.lo(), lan.hi()})) == FirewallModel.Match.YES;
            if (srcOk && dstOk && !r.has("src-address-list") && !r.has("dst-address-list") && !r.has("ipsec-policy")) {
                return r;
            }
        }
        return null;
    }

    private static String gateway(Row route) {
        String g = route.get("gateway");
        return g == null ? null : g.replaceAll("%.*$", "");
    }

    /** The smallest prefix that holds every client address. */
    static String prefix(List<long[]> ranges) {
        if (ranges.isEmpty()) {
            return null;
        }
        long lo = ranges.stream().mapToLong(r -> r[0]).min().orElse(0);
        long hi = ranges.stream().mapToLong(r -> r[1]).max().orElse(0);
        int bits = 32;
        while (bits > 0 && (lo >> (32 - bits)) != (hi >> (32 - bits))) {
            bits--;
        }
        long base = bits == 0 ? 0 : (lo >> (32 - bits)) << (32 - bits);
        return PoolUsage.dotted(base) + "/" + bits;
    }

}
