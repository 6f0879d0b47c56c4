package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * What happens after a client has connected: where its address lies, and whether the LAN, the
 * internet and DNS can answer it.
 *
 * <p>{@code /doctor client-address}: each address source the L2TP clients get (the pool or address
 * an L2TP profile's remote-address names, or an L2TP secret's own remote-address):
 * {@code source}, {@code via} (profile or secret), {@code profile} (its name, when a profile), {@code ranges}, {@code private},
 * {@code local-address} and {@code local-in-pool} (the router's own end of the link handed out by
 * the same pool). When the source lies inside a subnet of the router's own (static) addresses:
 * {@code lan-address}, {@code lan-interface}, {@code lan-on-port} (the bridge, when the address sits
 * on one of its ports), {@code arp-interface} (the interface that answers ARP for that subnet: the
 * bridge for a port), {@code arp-kind} (bridge or ethernet), {@code arp} (its ARP mode) and
 * {@code proxy-arp} (yes/no). A LAN host asks ARP for a client numbered inside its subnet; only
 * proxy-arp on that interface answers for it. {@code masquerade}: yes when an enabled srcnat rule
 * covers the source, no when the router source-NATs other traffic but nothing covers the clients,
 * none when it has no srcnat rule; absent when a rule's match cannot be judged (address lists,
 * marks, in-interfaces).
 * {@code split-route} and {@code lan-outside-split}: what a Windows client that does not use the
 * VPN as default gateway routes into the tunnel (its address's classful network), and the first
 * LAN subnet outside it.
 *
 * <p>{@code /doctor client-dns}: each L2TP profile that hands out a DNS server: {@code dns-server},
 * {@code router-dns} (yes when it is one of the router's own addresses or the profile's
 * local-address), {@code allow-remote-requests} (from {@code /ip dns}).
 */
final class AfterConnect implements Analyzer {
    static final String ADDRESS = "/doctor client-address";
    static final String DNS = "/doctor client-dns";

    @Override
    public List<String> reads() {
        return List.of(Menus.IP_ADDRESS.path(), Menus.IP_POOL.path(), PppScope.PROFILES, Menus.PPP_SECRET.path(),
                Menus.PPP_PROFILE.path(), PppScope.SERVER, Menus.BRIDGE.path(), Menus.BRIDGE_PORT.path(),
                Menus.ETHERNET.path(), Menus.FIREWALL_NAT.path(), Menus.IP_DNS.path());
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(ADDRESS, Menus.IP_ADDRESS), VirtualMenu.from(DNS, Menus.IP_DNS));
    }

    @Override
    public Derived derive(Snapshot s) {
        Derived.Builder out = new Derived.Builder();
        if (s.hasMenu(PppScope.PROFILES) && (s.hasMenu(Menus.IP_POOL) || s.hasMenu(Menus.IP_ADDRESS))) {
            out.menu(ADDRESS);
            for (Source source : sources(s)) {
                addressRow(s, source, out);
            }
        }
        if (s.hasMenu(PppScope.PROFILES) && s.hasMenu(Menus.IP_DNS)) {
            out.menu(DNS);
            for (Row profile : s.rows(PppScope.PROFILES)) {
                dnsRow(s, profile, out);
            }
        }
        return out.build();
    }

    /** Where L2TP clients get an address: a pool or an address, named by a profile or a secret. */
    private record Source(String name, String via, String local, List<long[]> ranges, List<Row> basis) {
    }

    private static List<Source> sources(Snapshot s) {
        Map<String, Row> pools = new LinkedHashMap<>();
        s.rows(Menus.IP_POOL).forEach(p -> {
            if (p.get("name") != null) {
                pools.put(p.get("name"), p);
            }
        });
        List<Source> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Row profile : s.rows(PppScope.PROFILES)) {
            Source src = source(profile.get("remote-address"), "profile " + profile.get("name"),
                    profile.get("local-address"), pools, profile);
            if (src != null && seen.add(src.name() + "|" + src.local())) {
                out.add(src);
            }
        }
        if (s.hasMenu(Menus.PPP_SECRET)) {
            for (Row secret : PppScope.l2tpSecrets(s)) {
                String own = secret.get("remote-address");
                if (own == null || pools.containsKey(own)) {
                    continue; // a pool named by a secret is the pool-usage check's; its own address is ours
                }
                String local = secret.get("local-address");
                Source src = source(own, "secret " + secret.get("name"), local, Map.of(), secret);
                if (src != null && seen.add(src.name() + "|" + src.local())) {
                    out.add(src);
                }
            }
        }
        return out;
    }

    private static Source source(String remote, String via, String local, Map<String, Row> pools, Row owner) {
        if (remote == null || remote.isBlank() || remote.equals("0.0.0.0")) {
            return null;
        }
        Row pool = pools.get(remote);
        List<Row> basis = new ArrayList<>();
        basis.add(owner);
        List<long[]> ranges;
        if (pool != null) {
            ranges = PoolUsage.ranges(pool.get("ranges"));
            basis.add(pool);
        } else {
            ranges = PoolUsage.ranges(remote);
        }
        return ranges.isEmpty() ? null : new Source(remote, via, local, ranges, basis);
    }

    private static void addressRow(Snapshot s, Source src, Derived.Builder out) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("source", src.name());
        p.put("via", src.via());
        if (src.via().startsWith("profile ")) {
            p.put("profile", src.via().substring("profile ".length()));
        }
        p.put("ranges", text(src.ranges()));
        long first = src.ranges().get(0)[0];
        p.put("private", Addresses.isPrivate(PoolUsage.dotted(first)) ? "yes" : "no");
        List<Row> basis = new ArrayList<>(src.basis());
        if (src.local() != null && !src.local().isBlank()) {
            p.put("local-address", src.local());
            long local = PoolUsage.ipv4(src.local());
            if (local >= 0) {
                p.put("local-in-pool", within(src.ranges(), local) ? "yes" : "no");
            }
        }
        if (s.hasMenu(Menus.IP_ADDRESS)) {
            Row lan = lanAddress(s, src.ranges());
            if (lan != null) {
                basis.add(lan);
                String iface = lan.get("interface");
                p.put("lan-address", lan.get("address"));
                p.put("lan-interface", iface);
                arp(s, iface, p, basis);
            }
        }
        if (s.hasMenu(Menus.IP_ADDRESS)) {
            splitRoute(s, first, p);
        }
        if (s.hasMenu(Menus.FIREWALL_NAT)) {
            String covered = masquerade(s, src.ranges(), basis);
            if (covered != null) {
                p.put("masquerade", covered);
            }
        }
        Row row = new Row(ADDRESS, null, Set.of(), p, null, src.basis().get(0).origin());
        basis.add(0, row);
        out.add(ADDRESS, row, basis);
    }

    /**
     * What a Windows client routes into the tunnel when "Use default gateway on remote network" is
     * cleared: only the classful network of its own address ({@code split-route}: /8 below
     * 128.0.0.0, /16 below 192.0.0.0, else /24). {@code lan-outside-split}: the first private LAN
     * subnet of the router's own static addresses that lies outside it, which such a client
     * cannot reach without a route of its own.
     */
    private static void splitRoute(Snapshot s, long client, Map<String, String> p) {
        int bits = client < 0x80000000L ? 8 : client < 0xC0000000L ? 16 : 24;
        long size = 1L << (32 - bits);
        long base = client & ~(size - 1) & 0xFFFFFFFFL;
        p.put("split-route", PoolUsage.dotted(base) + "/" + bits);
        for (Row a : s.rows(Menus.IP_ADDRESS)) {
            String address = a.get("address");
            if (address == null || a.is("dynamic") || a.is("disabled") || !address.contains("/") || address.endsWith("/32")
                    || !Addresses.isPrivate(address.replaceAll("/\\d+$", ""))) {
                continue;
            }
            List<long[]> net = PoolUsage.ranges(address);
            if (!net.isEmpty() && (net.get(0)[1] < base || net.get(0)[0] > base + size - 1)) {
                p.put("lan-outside-split", PoolUsage.dotted(net.get(0)[0]) + "/" + address.substring(address.indexOf('/') + 1));
                return;
            }
        }
    }

    /** The router's own static address whose subnet holds any of the clients' addresses. */
    private static Row lanAddress(Snapshot s, List<long[]> ranges) {
        for (Row a : s.rows(Menus.IP_ADDRESS)) {
            if (a.is("dynamic") || a.is("disabled") || a.is("invalid") || a.get("address") == null || a.get("interface") == null) {
                continue;
            }
            String[] cidr = a.get("address").split("/");
            if (cidr.length != 2) {
                continue;
            }
            List<long[]> net = PoolUsage.ranges(PoolUsage.dotted(PoolUsage.ipv4(cidr[0])) + "/" + cidr[1]);
            if (net.isEmpty() || PoolUsage.ipv4(cidr[0]) < 0 || cidr[1].equals("32")) {
                continue;
            }
            long lo = net.get(0)[0];
            long hi = net.get(0)[1];
            if (ranges.stream().anyMatch(r -> r[0] <= hi && r[1] >= lo)) {
                return a;
            }
        }
        return null;
    }

    /** Which interface answers ARP for the LAN subnet, and in which mode, as far as the paste shows. */
    private static void arp(Snapshot s, String iface, Map<String, String> p, List<Row> basis) {
        Row bridge = named(s.rows(Menus.BRIDGE), iface);
        String arpInterface = null;
        Row arpRow = null;
        String kind = null;
        if (bridge != null) {
            arpInterface = iface;
            arpRow = bridge;
            kind = "bridge";
        } else if (s.hasMenu(Menus.BRIDGE_PORT)) {
            Row port = s.rows(Menus.BRIDGE_PORT).stream()
                    .filter(r -> iface.equals(r.get("interface")) && !r.is("disabled")).findFirst().orElse(null);
            if (port != null && port.get("bridge") != null) {
                basis.add(port);
                p.put("lan-on-port", port.get("bridge"));
                arpInterface = port.get("bridge");
                arpRow = named(s.rows(Menus.BRIDGE), arpInterface);
                kind = "bridge";
            } else if (s.hasMenu(Menus.BRIDGE)) {
                arpInterface = iface;
                arpRow = ethernet(s, iface);
                kind = "ethernet";
            }
        }
        if (arpInterface == null) {
            return;
        }
        p.put("arp-interface", arpInterface);
        if (arpRow == null) {
            return;
        }
        p.put("arp-kind", kind);
        basis.add(arpRow);
        String mode = arpRow.get("arp");
        if (mode == null && s.fromExport()) {
            mode = "enabled"; // an export prints only what differs from the factory value
        }
        if (mode != null) {
            p.put("arp", mode);
            p.put("proxy-arp", mode.equals("proxy-arp") ? "yes" : "no");
        }
    }

    private static Row named(List<Row> rows, String name) {
        return rows.stream().filter(r -> name.equals(r.get("name"))).findFirst().orElse(null);
    }

    /** An ethernet port by name, by default name, or by the "default-name=" an export's set targets. */
    private static Row ethernet(Snapshot s, String name) {
        for (Row r : s.rows(Menus.ETHERNET)) {
            if (name.equals(r.get("name"))
                    || r.get("name") == null && (name.equals(r.get("default-name")) || ("default-name=" + name).equals(r.id()))) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether the router source-NATs the clients' traffic: "yes" when an enabled srcnat rule
     * certainly covers it, "no" when srcnat rules exist and none can, "none" when there are none,
     * null when a rule's match cannot be judged from here.
     */
    private static String masquerade(Snapshot s, List<long[]> ranges, List<Row> basis) {
        List<Row> srcnat = s.rows(Menus.FIREWALL_NAT).stream()
                .filter(r -> "srcnat".equals(r.get("chain")) && !r.is("disabled"))
                .filter(r -> Set.of("masquerade", "src-nat", "netmap", "same").contains(r.get("action"))).toList();
        if (srcnat.isEmpty()) {
            return "none";
        }
        boolean unsure = false;
        for (Row r : srcnat) {
            if (r.has("src-address-list") || r.has("in-interface") || r.has("in-interface-list")
                    || r.has("connection-mark") || r.has("packet-mark") || r.has("routing-mark")
                    || r.has("dst-address-list")) {
                unsure = true;
                continue;
            }
            String dst = r.get("dst-address");
            if (dst != null && !dst.startsWith("!")) {
                continue; // towards particular networks only, not the internet
            }
            String src = r.get("src-address");
            if (src == null || covers(src, ranges)) {
                basis.add(r);
                return "yes";
            }
        }
        if (unsure) {
            return null;
        }
        basis.addAll(srcnat);
        return "no";
    }

    private static boolean covers(String match, List<long[]> ranges) {
        boolean negated = match.startsWith("!");
        List<long[]> net = PoolUsage.ranges(negated ? match.substring(1) : match);
        if (net.isEmpty()) {
            return false;
        }
        boolean inside = ranges.stream().allMatch(r -> net.stream().anyMatch(n -> n[0] <= r[0] && r[1] <= n[1]));
        boolean outside = ranges.stream().allMatch(r -> net.stream().allMatch(n -> r[1] < n[0] || r[0] > n[1]));
        return negated ? outside : inside;
    }

    private static void dnsRow(Snapshot s, Row profile, Derived.Builder out) {
        String dns = profile.get("dns-server");
        if (dns == null || dns.isBlank()) {
            return;
        }
        Set<String> own = new LinkedHashSet<>();
        s.rows(Menus.IP_ADDRESS).forEach(a -> {
            String address = a.get("address");
            if (address != null) {
                own.add(address.replaceAll("/\\d+$", ""));
            }
        });
        if (profile.get("local-address") != null) {
            own.add(profile.get("local-address"));
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("name", profile.get("name"));
        p.put("dns-server", dns);
        boolean toRouter = false;
        for (String server : dns.split(",")) {
            toRouter |= own.contains(server.strip());
        }
        if (toRouter || s.hasMenu(Menus.IP_ADDRESS)) {
            p.put("router-dns", toRouter ? "yes" : "no");
        }
        List<Row> basis = new ArrayList<>();
        basis.add(profile);
        Row settings = s.rows(Menus.IP_DNS).stream().findFirst().orElse(null);
        if (settings != null) {
            String allow = settings.get("allow-remote-requests");
            if (allow == null && s.fromExport()) {
                allow = "no"; // the export shows /ip dns but not this: it is at its factory value
            }
            if (allow != null) {
                p.put("allow-remote-requests", allow);
            }
            basis.add(settings);
        }
        Row row = new Row(DNS, profile.id(), Set.of(), p, null, profile.origin());
        basis.add(0, row);
        out.add(DNS, row, basis);
    }

    private static boolean within(List<long[]> ranges, long a) {
        return ranges.stream().anyMatch(r -> a >= r[0] && a <= r[1]);
    }

    private static String text(List<long[]> ranges) {
        List<String> parts = new ArrayList<>();
        for (long[] r : ranges) {
            parts.add(PoolUsage.dotted(r));
        }
        return String.join(",", parts);
    }

}
