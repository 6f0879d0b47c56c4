package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * {@code /doctor ipsec-route}: for each static IPsec peer that pins its IKE to a
 * {@code local-address}, which way the router's own IKE and ESP toward it leave. MikroTik's IPsec
 * manual ("Manually specifying local-address parameter under Peer configuration"): "IPsec, as any
 * other service in RouterOS, uses the main routing table regardless of what local-address
 * parameter is used", so when the local-address sits on a link that only another routing table
 * reaches (v6 {@code routing-mark}, v7 {@code routing-table}), IKE leaves by the main table's
 * link with that foreign source and phase 1 times out, unless a mangle rule in the output chain
 * marks it for that table. A peer for 0.0.0.0/0 (road warriors) is judged by the default routes:
 * its replies go wherever the main table's default route goes.
 *
 * <p>Properties: {@code peer}, {@code address}, {@code local-address}, {@code local-interface}
 * (where the local-address lives), {@code main-interface} (the main table's way to the peer),
 * {@code table} (another routing table whose route to the peer leaves by the local interface),
 * {@code marked} (a mangle output rule sets that routing mark: yes, no, or unknown without
 * {@code /ip firewall mangle}), {@code route}: {@code other-table} (IKE needs the mark), {@code
 * main} (the main table already leaves by the local interface) or {@code unknown} with {@code
 * missing}; and {@code nat-rewrites}: whether a masquerade on the local interface would rewrite the
 * local-address (it is not that interface's preferred source: several addresses on one link) —
 * what L2TP-NAT-002 needs, so it does not claim a routing problem as its own.
 */
final class IpsecRoute implements Analyzer {
    static final String MENU = "/doctor ipsec-route";

    private static final Pattern VIA = Pattern.compile("reachable via\\s+(\\S+)");

    @Override
    public List<String> reads() {
        return List.of(Menus.IPSEC_PEER.path(), Menus.IP_ROUTE.path(), Menus.IP_ADDRESS.path(),
                Menus.FIREWALL_MANGLE.path());
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(MENU, Menus.IPSEC_PEER));
    }

    /** One route: its prefix, the interface it leaves by (null when not told), its table, its preferred source. */
    private record Route(Row row, long lo, long hi, int bits, String iface, String table, String prefSrc) {
        boolean holds(long a) {
            return a >= lo && a <= hi;
        }
    }

    @Override
    public Derived derive(Snapshot s) {
        if (!s.hasMenu(Menus.IPSEC_PEER)) {
            return Derived.NOTHING;
        }
        Derived.Builder out = new Derived.Builder().menu(MENU);
        List<Route> routes = s.hasMenu(Menus.IP_ROUTE) ? routes(s) : List.of();
        for (Row peer : s.rows(Menus.IPSEC_PEER)) {
            String local = peer.get("local-address");
            if (peer.is("dynamic") || peer.is("disabled") || PoolUsage.ipv4(local) < 0) {
                continue;
            }
            List<Row> basis = new ArrayList<>();
            basis.add(peer);
            Map<String, String> p = new LinkedHashMap<>();
            p.put("peer", peer.get("name") != null ? peer.get("name") : String.valueOf(peer.get("address")));
            String address = peer.get("address");
            p.put("address", address == null ? "0.0.0.0/0" : address);
            p.put("local-address", local);
            judge(s, routes, PoolUsage.ipv4(local), target(address), p, basis);
            Row row = new Row(MENU, peer.id(), Set.of(), p, null, peer.origin());
            basis.add(0, row);
            out.add(MENU, row, basis);
        }
        return out.build();
    }

    /** The address IKE goes to: the peer's, or any (0.0.0.0, the default routes) for a road-warrior peer. */
    private static long target(String address) {
        if (address == null) {
            return 0;
        }
        List<long[]> r = PoolUsage.ranges(address);
        return r.isEmpty() ? -1 : r.get(0)[0];
    }

    private static void judge(Snapshot s, List<Route> routes, long local, long target, Map<String, String> p,
            List<Row> basis) {
        String localIface = localInterface(s, routes, local, basis);
        if (localIface != null) {
            p.put("local-interface", localIface);
        }
        p.put("nat-rewrites", natRewrites(s, routes, local, localIface));
        if (!s.hasMenu(Menus.IP_ROUTE) || target < 0) {
            p.put("route", "unknown");
            p.put("missing", "the router's routes: paste /ip route print detail");
            return;
        }
        Route main = best(routes, target, "main");
        if (main != null) {
            basis.add(main.row());
            if (main.iface() != null) {
                p.put("main-interface", main.iface());
            }
        }
        if (localIface == null || main == null || main.iface() == null) {
            p.put("route", "unknown");
            p.put("missing", localIface == null
                    ? "which interface holds the local-address: paste /ip address print detail"
                    : "the main table's route to the peer and the interface it leaves by: paste /ip route print detail");
            return;
        }
        if (main.iface().equals(localIface)) {
            p.put("route", "main");
            return;
        }
        Route other = routes.stream().filter(r -> !r.table().equals("main") && localIface.equals(r.iface()) && r.holds(target))
                .findFirst().orElse(null);
        if (other == null) {
            p.put("route", "main-elsewhere"); // leaves by another link, and no table reaches the local one: not this check's case
            return;
        }
        basis.add(other.row());
        p.put("table", other.table());
        p.put("route", "other-table");
        p.put("marked", marked(s, other.table(), basis));
    }

    /** A mangle rule in the output chain that sets this routing mark: yes, no, or unknown without the mangle menu. */
    private static String marked(Snapshot s, String table, List<Row> basis) {
        if (!s.hasMenu(Menus.FIREWALL_MANGLE)) {
            return "unknown";
        }
        for (Row r : s.rows(Menus.FIREWALL_MANGLE)) {
            if ("output".equals(r.get("chain")) && "mark-routing".equals(r.get("action")) && !r.is("disabled")
                    && table.equals(r.get("new-routing-mark"))) {
                basis.add(r);
                return "yes";
            }
        }
        return "no";
    }

    /** The interface that holds the local-address: its /ip address, or a connected route that prefers it as source. */
    private static String localInterface(Snapshot s, List<Route> routes, long local, List<Row> basis) {
        for (Row a : s.rows(Menus.IP_ADDRESS)) {
            String address = a.get("address");
            if (address != null && !a.is("disabled") && PoolUsage.ipv4(address.replaceAll("/.*", "")) == local) {
                basis.add(a);
                return a.get("interface");
            }
        }
        for (Route r : routes) {
            if (r.iface() != null && r.prefSrc() != null && PoolUsage.ipv4(r.prefSrc()) == local) {
                basis.add(r.row());
                return r.iface();
            }
        }
        return null;
    }

    /**
     * Whether a masquerade leaving by the local interface would rewrite the local-address: yes when
     * that link's preferred source (its connected route's pref-src, or its first address in the
     * same subnet) is another address; no when it is the local-address; unknown otherwise.
     */
    private static String natRewrites(Snapshot s, List<Route> routes, long local, String localIface) {
        if (localIface == null) {
            return "unknown";
        }
        for (Route r : routes) {
            if (localIface.equals(r.iface()) && r.prefSrc() != null && r.holds(local) && r.bits() < 32) {
                return PoolUsage.ipv4(r.prefSrc()) == local ? "no" : "yes";
            }
        }
        for (Row a : s.rows(Menus.IP_ADDRESS)) {
            String address = a.get("address");
            if (address == null || a.is("disabled") || !localIface.equals(a.get("interface"))) {
                continue;
            }
            List<long[]> net = PoolUsage.ranges(address);
            if (!net.isEmpty() && local >= net.get(0)[0] && local <= net.get(0)[1]) {
                return PoolUsage.ipv4(address.replaceAll("/.*", "")) == local ? "no" : "yes";
            }
        }
        return "unknown";
    }

    /** The longest enabled route of this table that holds the address. */
    private static Route best(List<Route> routes, long a, String table) {
        Route best = null;
        for (Route r : routes) {
            if (r.table().equals(table) && r.holds(a) && (best == null || r.bits() > best.bits())) {
                best = r;
            }
        }
        return best;
    }

    private static List<Route> routes(Snapshot s) {
        List<Row> rows = s.rows(Menus.IP_ROUTE).stream().filter(r -> !r.is("disabled")).toList();
        List<Route> out = new ArrayList<>();
        for (Row r : rows) {
            String dst = r.get("dst-address") == null ? "0.0.0.0/0" : r.get("dst-address");
            List<long[]> net = PoolUsage.ranges(dst);
            if (net.isEmpty() || !dst.contains("/") && !dst.equals("0.0.0.0")) {
                continue;
            }
            int bits = dst.contains("/") ? Integer.parseInt(dst.substring(dst.indexOf('/') + 1)) : 0;
            String table = r.get("routing-mark") != null ? r.get("routing-mark")
                    : r.get("routing-table") != null ? r.get("routing-table") : "main";
            out.add(new Route(r, net.get(0)[0], net.get(0)[1], bits, null, table, r.get("pref-src")));
        }
        // a route's interface: named as its gateway, told by gateway-status, or the link whose subnet holds its gateway
        List<Route> resolved = new ArrayList<>();
        for (Route r : out) {
            resolved.add(new Route(r.row(), r.lo(), r.hi(), r.bits(), iface(s, out, r.row()), r.table(), r.prefSrc()));
        }
        return resolved;
    }

    private static String iface(Snapshot s, List<Route> routes, Row route) {
        String status = route.get("gateway-status");
        if (status != null) {
            Matcher m = VIA.matcher(status);
            if (m.find()) {
                return m.group(1);
            }
        }
        String gateway = route.get("gateway");
        if (gateway == null) {
            return null;
        }
        gateway = gateway.replaceAll("%.*$", "").split(",")[0].strip();
        long g = PoolUsage.ipv4(gateway);
        if (g < 0) {
            return gateway.isEmpty() ? null : gateway; // an interface name
        }
        for (Row a : s.rows(Menus.IP_ADDRESS)) {
            List<long[]> net = a.get("address") == null || a.is("disabled") ? List.of() : PoolUsage.ranges(a.get("address"));
            if (!net.isEmpty() && g >= net.get(0)[0] && g <= net.get(0)[1] && a.get("interface") != null) {
                return a.get("interface");
            }
        }
        for (Route r : routes) {
            String via = r.row().get("gateway");
            if (r.bits() > 0 && r.holds(g) && via != null && PoolUsage.ipv4(via) < 0) {
                return via; // a connected route: its gateway is the interface
            }
        }
        return null;
    }
}
