package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * Which IPsec peers, identities and profiles serve the L2TP road warriors, as opposed to a
 * site-to-site tunnel on the same router: the dynamic {@code l2tp-in-server} peer, any peer for
 * 0.0.0.0/0, v6's {@code exchange-mode=main-l2tp}, and what hangs off them. Rules about
 * port-strict or NAT-T read these, so a site-to-site identity with generate-policy=no is not
 * reported.
 */
final class RoadWarriorScope implements Analyzer {
    static final String PEERS = "/doctor road-warrior-peer";
    static final String IDENTITIES = "/doctor road-warrior-identity";
    static final String PROFILES = "/doctor road-warrior-profile";

    @Override
    public Map<String, List<Row>> derive(Snapshot s, Map<Row, List<Row>> basis) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        List<Row> peers = s.rows("/ip ipsec peer").stream().filter(RoadWarriorScope::servesRoadWarriors).toList();
        Set<String> peerKeys = new LinkedHashSet<>();
        Set<String> profiles = new LinkedHashSet<>();
        for (Row p : peers) {
            if (p.get("name") != null) {
                peerKeys.add(p.get("name"));
            }
            if (p.get("address") != null) {
                peerKeys.add(p.get("address"));
            }
            profiles.add(p.properties().getOrDefault("profile", "default"));
        }
        if (s.hasMenu("/ip ipsec peer")) {
            out.put(PEERS, peers);
        }
        if (s.hasMenu("/ip ipsec identity")) {
            List<Row> identities = new ArrayList<>();
            for (Row identity : s.rows("/ip ipsec identity")) {
                String peer = identity.properties().getOrDefault("peer", "");
                if (peerKeys.contains(peer) || peer.contains("l2tp") || Addresses.isAny(peer)) {
                    identities.add(identity);
                }
            }
            out.put(IDENTITIES, identities);
        }
        if (s.hasMenu("/ip ipsec profile")) {
            if (peers.isEmpty()) {
                profiles.add("default"); // the dynamic L2TP peer uses the default profile
            }
            List<Row> used = new ArrayList<>();
            for (Row profile : s.rows("/ip ipsec profile")) {
                String name = profile.properties().getOrDefault("name", "");
                boolean legacyOfRoadWarrior = name.startsWith("peer ") && peerKeys.contains(name.substring(5));
                if (profiles.contains(name) || profile.hasFlag("default") && profiles.contains("default")
                        || legacyOfRoadWarrior) {
                    used.add(profile);
                }
            }
            out.put(PROFILES, used);
        }
        return out;
    }

    static boolean servesRoadWarriors(Row peer) {
        String name = peer.properties().getOrDefault("name", "");
        return name.contains("l2tp") || "main-l2tp".equals(peer.get("exchange-mode"))
                || Addresses.isAny(peer.get("address"));
    }
}
