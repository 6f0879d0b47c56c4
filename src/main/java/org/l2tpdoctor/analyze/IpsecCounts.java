package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * {@code /doctor ipsec-count}: the guide's verification counts in one row. Each connected L2TP
 * client should have one SA pair (an inbound and an outbound installed SA) and one dynamic
 * policy with its own ports.
 * <ul>
 * <li>{@code l2tp-sessions}: L2TP sessions that are (or may be) inside IPsec;</li>
 * <li>{@code installed-sa}: live SAs (not dying or dead) that are not a site-to-site peer's,
 *   {@code expected-sa} = 2 × l2tp-sessions, {@code sa-check=ok|missing|extra};</li>
 * <li>{@code l2tp-policies}: dynamic policies for UDP 1701, {@code duplicate-policies}: how many
 *   share address and ports with another, {@code policy-check=ok|missing|extra|duplicate}.</li>
 * </ul>
 * Each part is there only when its menus were pasted. The evidence is this row and the rows that
 * do not add up: SAs from an address with fewer sessions, sessions without SAs, and so on.
 */
final class IpsecCounts implements Analyzer {
    static final String MENU = "/doctor ipsec-count";

    @Override
    public List<String> reads() {
        return List.of(Menus.PPP_ACTIVE.path(), Menus.INSTALLED_SA.path(), Menus.IPSEC_POLICY.path(),
                Menus.ACTIVE_PEERS.path(), Menus.IP_ADDRESS.path(), Menus.IPSEC_PEER.path());
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(MENU, Menus.INSTALLED_SA));
    }

    @Override
    public Derived derive(Snapshot s) {
        boolean sas = s.hasMenu(Menus.INSTALLED_SA);
        // dynamic policies are never exported: only a print of the policies can show them missing
        boolean policies = s.hasMenu(Menus.IPSEC_POLICY) && s.sections().stream()
                .anyMatch(x -> !x.kind().equals("export") && Menus.IPSEC_POLICY.path().equals(x.menu()));
        if (!s.hasMenu(Menus.PPP_ACTIVE) || !sas && !policies) {
            return Derived.NOTHING;
        }
        List<Row> sessions = sessionsInIpsec(s);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("l2tp-sessions", String.valueOf(sessions.size()));
        List<Row> evidence = new ArrayList<>();
        if (sas) {
            countSas(s, sessions, p, evidence);
        }
        if (policies) {
            countPolicies(s, sessions, p, evidence);
        }
        Row row = new Row(MENU, null, Set.of(), p, null, firstOrigin(s));
        List<Row> shown = new ArrayList<>();
        shown.add(row);
        evidence.stream().distinct().forEach(shown::add);
        return new Derived.Builder().add(MENU, row, shown).build();
    }

    /** The /ppp active rows of the L2TP sessions that are (or may be) inside IPsec, as /doctor l2tp-session tells. */
    private static List<Row> sessionsInIpsec(Snapshot s) {
        List<Row> sessions = new ArrayList<>();
        for (Row session : s.rows(Menus.PPP_ACTIVE)) {
            if (L2tpSessions.isL2tp(session) && !"no".equals(L2tpSessions.protection(s, session).ipsec())) {
                sessions.add(session);
            }
        }
        return sessions;
    }

    /** Two live SAs per session (site-to-site peers' left out); where a host's do not add up, its SAs and sessions are evidence. */
    private static void countSas(Snapshot s, List<Row> sessions, Map<String, String> p, List<Row> evidence) {
        Map<String, Integer> sessionsByHost = new HashMap<>();
        sessions.forEach(x -> sessionsByHost.merge(String.valueOf(Addresses.host(x.get("caller-id"))), 1, Integer::sum));
        Map<String, List<Row>> byRemote = liveSasByRemote(s, sessionsByHost.keySet());
        int count = byRemote.values().stream().mapToInt(List::size).sum();
        int expected = 2 * sessions.size();
        p.put("installed-sa", String.valueOf(count));
        p.put("expected-sa", String.valueOf(expected));
        p.put("sa-check", count == expected ? "ok" : count < expected ? "missing" : "extra");
        if (count == expected) {
            return;
        }
        Set<String> hosts = new LinkedHashSet<>(byRemote.keySet());
        hosts.addAll(sessionsByHost.keySet());
        for (String host : hosts) {
            int have = byRemote.getOrDefault(host, List.of()).size();
            int want = 2 * sessionsByHost.getOrDefault(host, 0);
            if (have != want) {
                evidence.addAll(byRemote.getOrDefault(host, List.of()));
                sessions.stream().filter(x -> host.equals(Addresses.host(x.get("caller-id")))).forEach(evidence::add);
            }
        }
    }

    /** The live road-warrior SAs by the client's address. */
    private static Map<String, List<Row>> liveSasByRemote(Snapshot s, Set<String> callers) {
        Set<String> local = localAddresses(s);
        Set<String> siteToSite = siteToSitePeers(s);
        Map<String, List<Row>> byRemote = new LinkedHashMap<>();
        for (Row sa : s.rows(Menus.INSTALLED_SA)) {
            String state = sa.properties().getOrDefault("state", "mature");
            if (state.equals("dying") || state.equals("dead")) {
                continue;
            }
            if (siteToSite.contains(Addresses.host(sa.get("src-address")))
                    || siteToSite.contains(Addresses.host(sa.get("dst-address")))) {
                continue;
            }
            String remote = remote(sa, local, callers);
            byRemote.computeIfAbsent(String.valueOf(remote), r -> new ArrayList<>()).add(sa);
        }
        return byRemote;
    }

    /** One dynamic L2TP policy per session, none sharing address and ports; the ones that do not add up are evidence. */
    private static void countPolicies(Snapshot s, List<Row> sessions, Map<String, String> p, List<Row> evidence) {
        List<Row> l2tp = s.rows(Menus.IPSEC_POLICY).stream().filter(IpsecCounts::isL2tpDynamicPolicy).toList();
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        for (Row policy : l2tp) {
            String key = policy.get("src-address") + ":" + policy.get("src-port") + ">" + policy.get("dst-address")
                    + ":" + policy.get("dst-port");
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(policy);
        }
        int duplicates = byKey.values().stream().filter(l -> l.size() > 1).mapToInt(List::size).sum();
        p.put("l2tp-policies", String.valueOf(l2tp.size()));
        p.put("duplicate-policies", String.valueOf(duplicates));
        String check = duplicates > 0 ? "duplicate" : l2tp.size() == sessions.size() ? "ok"
                : l2tp.size() < sessions.size() ? "missing" : "extra";
        p.put("policy-check", check);
        if (!check.equals("ok")) {
            byKey.values().stream().filter(l -> duplicates == 0 || l.size() > 1).forEach(evidence::addAll);
        }
    }

    static boolean isL2tpDynamicPolicy(Row policy) {
        boolean dynamic = policy.is("dynamic");
        boolean template = policy.is("template");
        return dynamic && !template && ("1701".equals(policy.get("src-port")) || "1701".equals(policy.get("dst-port")));
    }

    /** The router's own addresses as far as the paste shows them. */
    private static Set<String> localAddresses(Snapshot s) {
        Set<String> local = new LinkedHashSet<>();
        s.rows(Menus.ACTIVE_PEERS).forEach(r -> add(local, r.get("local-address")));
        s.rows(Menus.IPSEC_POLICY).stream().filter(IpsecCounts::isL2tpDynamicPolicy)
                .forEach(r -> add(local, r.get("sa-src-address")));
        s.rows(Menus.IP_ADDRESS).forEach(r -> {
            String a = r.get("address");
            add(local, a == null ? null : a.replaceAll("/\\d+$", ""));
        });
        return local;
    }

    private static void add(Set<String> set, String address) {
        String host = Addresses.host(address);
        if (host != null && !host.isBlank()) {
            set.add(host);
        }
    }

    /** Addresses of site-to-site peers (a specific address, not a road-warrior peer). */
    private static Set<String> siteToSitePeers(Snapshot s) {
        Set<String> out = new LinkedHashSet<>();
        for (Row peer : s.rows(Menus.IPSEC_PEER)) {
            String address = peer.get("address");
            if (address != null && !RoadWarriorScope.servesRoadWarriors(peer)) {
                out.add(address.replaceAll("/32$", ""));
            }
        }
        return out;
    }

    /** The client's end of an SA: the side that is a session's caller-id, else the side that is not the router's. */
    private static String remote(Row sa, Set<String> local, Set<String> callers) {
        String src = Addresses.host(sa.get("src-address"));
        String dst = Addresses.host(sa.get("dst-address"));
        if (callers.contains(src)) {
            return src;
        }
        if (callers.contains(dst)) {
            return dst;
        }
        if (local.contains(src)) {
            return dst;
        }
        if (local.contains(dst)) {
            return src;
        }
        return src;
    }

    private static org.l2tpdoctor.model.Origin firstOrigin(Snapshot s) {
        List<Row> rows = !s.rows(Menus.INSTALLED_SA).isEmpty() ? s.rows(Menus.INSTALLED_SA)
                : !s.rows(Menus.PPP_ACTIVE).isEmpty() ? s.rows(Menus.PPP_ACTIVE) : s.rows(Menus.IPSEC_POLICY);
        return rows.isEmpty() ? new org.l2tpdoctor.model.Origin("input", 0) : rows.get(0).origin();
    }
}
