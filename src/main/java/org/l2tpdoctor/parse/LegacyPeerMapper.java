package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;

/**
 * RouterOS before 6.43 kept the secret, generate-policy and phase-1 settings on {@code /ip ipsec
 * peer}. This maps them onto their later homes, {@code identity} and {@code profile}, so one rule
 * serves both versions. The new rows keep the peer's origin and are marked {@code .legacy-peer},
 * which is how fixes know to say {@code /ip ipsec peer}.
 */
final class LegacyPeerMapper {
    private static final Set<String> IDENTITY_KEYS = Set.of("auth-method", "secret", "generate-policy",
            "policy-template-group", "my-id", "remote-id");
    private static final Set<String> PROFILE_KEYS = Set.of("hash-algorithm", "enc-algorithm", "dh-group",
            "lifetime", "nat-traversal", "dpd-interval", "dpd-maximum-failures", "proposal-check");

    private LegacyPeerMapper() {
    }

    static List<Row> map(List<Row> peers) {
        List<Row> out = new ArrayList<>();
        for (Row peer : peers) {
            if (peer.properties().keySet().stream().noneMatch(IDENTITY_KEYS::contains)) {
                continue;
            }
            String peerName = peer.properties().getOrDefault("name", peer.get("address"));
            Map<String, String> identity = pick(peer, IDENTITY_KEYS);
            identity.put("peer", peerName == null ? "" : peerName);
            identity.put(".legacy-peer", "yes");
            out.add(new Row(Menus.IPSEC_IDENTITY.path(), peer.id(), peer.flags(), identity, peer.comment(), peer.origin()));
            Map<String, String> profile = pick(peer, PROFILE_KEYS);
            if (!profile.isEmpty()) {
                profile.put("name", "peer " + (peerName == null ? peer.id() : peerName));
                profile.put(".legacy-peer", "yes");
                out.add(new Row(Menus.IPSEC_PROFILE.path(), peer.id(), peer.flags(), profile, peer.comment(), peer.origin()));
            }
        }
        return out;
    }

    private static Map<String, String> pick(Row row, Set<String> keys) {
        Map<String, String> picked = new LinkedHashMap<>();
        row.properties().forEach((k, v) -> {
            if (keys.contains(k)) {
                picked.put(k, v);
            }
        });
        return picked;
    }
}
