package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * {@code /doctor nat-group}: IPsec peers grouped by public address, with how many PPP sessions
 * come from that address. Several peers behind one address with fewer PPP sessions is the
 * "second client behind the same NAT fails" picture. With {@code /ip ipsec installed-sa}:
 * {@code sa-pairs} (live SAs to or from that address, halved) and {@code extra-sa-pairs} (SA
 * pairs beyond the PPP sessions: SAs left over from an earlier session, the stale-SA picture).
 */
final class NatGroups implements Analyzer {
    static final String MENU = "/doctor nat-group";

    @Override
    public List<String> reads() {
        return List.of(Menus.ACTIVE_PEERS.path(), Menus.PPP_ACTIVE.path(), Menus.INSTALLED_SA.path());
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(MENU, Menus.ACTIVE_PEERS));
    }

    @Override
    public Derived derive(Snapshot s) {
        if (!s.hasMenu(Menus.ACTIVE_PEERS)) {
            return Derived.NOTHING;
        }
        Map<String, List<Row>> byAddress = new LinkedHashMap<>();
        for (Row peer : s.rows(Menus.ACTIVE_PEERS)) {
            String address = remoteAddress(peer);
            if (address != null) {
                byAddress.computeIfAbsent(address, a -> new ArrayList<>()).add(peer);
            }
        }
        boolean pppKnown = s.hasMenu(Menus.PPP_ACTIVE);
        boolean sasKnown = s.hasMenu(Menus.INSTALLED_SA);
        // indexed once by address: a concentrator has thousands of peers, sessions and SAs
        Map<String, List<Row>> sessionsByCaller = new HashMap<>();
        for (Row session : s.rows(Menus.PPP_ACTIVE)) {
            add(sessionsByCaller, Addresses.host(session.get("caller-id")), session);
        }
        Map<String, List<Row>> liveSasByHost = new HashMap<>();
        for (Row sa : s.rows(Menus.INSTALLED_SA)) {
            if (live(sa)) {
                String source = Addresses.host(sa.get("src-address"));
                String destination = Addresses.host(sa.get("dst-address"));
                add(liveSasByHost, source, sa);
                if (destination != null && !destination.equals(source)) {
                    add(liveSasByHost, destination, sa);
                }
            }
        }
        Derived.Builder groups = new Derived.Builder().menu(MENU);
        for (Map.Entry<String, List<Row>> e : byAddress.entrySet()) {
            List<Row> peers = e.getValue();
            List<Row> sessions = sessionsByCaller.getOrDefault(e.getKey(), List.of());
            Set<String> ports = new LinkedHashSet<>();
            peers.forEach(p -> {
                String port = p.get("port") != null ? p.get("port") : Addresses.port(p.get("remote-address"));
                if (port != null) {
                    ports.add(port);
                }
            });
            Map<String, String> props = new LinkedHashMap<>();
            props.put("address", e.getKey());
            props.put("peers", String.valueOf(peers.size()));
            props.put("ports", String.join(",", ports));
            if (pppKnown) {
                props.put("ppp-sessions", String.valueOf(sessions.size()));
                props.put("missing-sessions", String.valueOf(Math.max(0, peers.size() - sessions.size())));
            }
            List<Row> sas = List.of();
            if (sasKnown) {
                sas = liveSasByHost.getOrDefault(e.getKey(), List.of());
                int pairs = (sas.size() + 1) / 2;
                props.put("sa-pairs", String.valueOf(pairs));
                if (pppKnown) {
                    props.put("extra-sa-pairs", String.valueOf(Math.max(0, pairs - sessions.size())));
                }
            }
            Origin origin = peers.get(0).origin();
            Row group = new Row(MENU, null, Set.of(), props, null, origin);
            List<Row> evidence = new ArrayList<>(peers);
            evidence.addAll(sessions);
            if (props.containsKey("extra-sa-pairs") && !"0".equals(props.get("extra-sa-pairs"))) {
                evidence.addAll(sas);
            }
            groups.add(MENU, group, evidence);
        }
        return groups.build();
    }

    private static void add(Map<String, List<Row>> index, String address, Row row) {
        if (address != null) {
            index.computeIfAbsent(address, a -> new ArrayList<>()).add(row);
        }
    }

    /** An SA that carries traffic: not one being replaced by a rekey. */
    private static boolean live(Row sa) {
        String state = sa.properties().getOrDefault("state", "mature");
        return !state.equals("dying") && !state.equals("dead");
    }

    private static String remoteAddress(Row peer) {
        String remote = Addresses.host(peer.get("remote-address"));
        if (remote != null) {
            return remote;
        }
        String id = Addresses.host(peer.get("id"));
        return Addresses.looksLikeAddress(id) ? id : null;
    }
}
