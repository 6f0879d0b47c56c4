package org.l2tpdoctor.analyze;

import java.util.ArrayList;
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
 * Which IPsec peers, identities, profiles and proposals serve the L2TP road warriors, as opposed
 * to a site-to-site tunnel on the same router: the dynamic {@code l2tp-in-server} peer, any IKEv1
 * peer for 0.0.0.0/0, v6's {@code exchange-mode=main-l2tp}, and what hangs off them. Rules about
 * port-strict or NAT-T read these, so a site-to-site identity with generate-policy=no is not
 * reported. An IKEv2 peer is never the L2TP clients' (they speak IKEv1 main mode only).
 *
 * <p>{@code /doctor road-warrior-psk} counts the pre-shared keys the road warriors can meet: the
 * L2TP server's ipsec-secret and every road-warrior identity's secret. More than one distinct key
 * is the per-user-PSK mistake. The row holds counts only, never a secret.
 */
final class RoadWarriorScope implements Analyzer {
    static final String PEERS = "/doctor road-warrior-peer";
    static final String IDENTITIES = "/doctor road-warrior-identity";
    static final String PROFILES = "/doctor road-warrior-profile";
    static final String PROPOSALS = "/doctor road-warrior-proposal";
    static final String PSK = "/doctor road-warrior-psk";

    private static final String SERVER = Menus.L2TP_SERVER.path();

    @Override
    public List<String> reads() {
        return List.of(Menus.IPSEC_PEER.path(), Menus.IPSEC_IDENTITY.path(), Menus.IPSEC_PROFILE.path(),
                Menus.IPSEC_PROPOSAL.path(), Menus.IPSEC_POLICY.path(), SERVER);
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(PEERS, Menus.IPSEC_PEER), VirtualMenu.from(IDENTITIES, Menus.IPSEC_IDENTITY),
                VirtualMenu.from(PROFILES, Menus.IPSEC_PROFILE), VirtualMenu.from(PROPOSALS, Menus.IPSEC_PROPOSAL),
                VirtualMenu.from(PSK, Menus.IPSEC_IDENTITY));
    }

    @Override
    public Derived derive(Snapshot s) {
        Derived.Builder out = new Derived.Builder();
        List<Row> peers = s.rows(Menus.IPSEC_PEER).stream().filter(RoadWarriorScope::servesRoadWarriors).toList();
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
        if (s.hasMenu(Menus.IPSEC_PEER)) {
            out.menu(PEERS, peers);
        }
        List<Row> identities = new ArrayList<>();
        if (s.hasMenu(Menus.IPSEC_IDENTITY)) {
            for (Row identity : s.rows(Menus.IPSEC_IDENTITY)) {
                String peer = identity.properties().getOrDefault("peer", "");
                if (peerKeys.contains(peer) || peer.contains("l2tp") || Addresses.isAny(peer)) {
                    identities.add(identity);
                }
            }
            out.menu(IDENTITIES, identities);
        }
        if (s.hasMenu(Menus.IPSEC_PROFILE)) {
            if (peers.isEmpty() && dynamicPeerExpected(s)) {
                profiles.add("default"); // the dynamic L2TP peer uses the default profile
            }
            List<Row> used = new ArrayList<>();
            for (Row profile : s.rows(Menus.IPSEC_PROFILE)) {
                String name = profile.properties().getOrDefault("name", "");
                boolean legacyOfRoadWarrior = name.startsWith("peer ") && peerKeys.contains(name.substring(5));
                if (profiles.contains(name) || profile.hasFlag("default") && profiles.contains("default")
                        || legacyOfRoadWarrior) {
                    used.add(profile);
                }
            }
            out.menu(PROFILES, used);
        }
        if (s.hasMenu(Menus.IPSEC_PROPOSAL)) {
            out.menu(PROPOSALS, proposals(s, identities));
        }
        if (s.hasMenu(Menus.IPSEC_IDENTITY) || s.hasMenu(SERVER)) {
            out.menu(PSK);
            List<Row> census = psk(s, identities);
            if (census != null) {
                out.add(PSK, census.get(0), census);
            }
        }
        return out.build();
    }

    static boolean servesRoadWarriors(Row peer) {
        if ("ike2".equals(peer.get("exchange-mode"))) {
            return false;
        }
        String name = peer.properties().getOrDefault("name", "");
        return name.contains("l2tp") || "main-l2tp".equals(peer.get("exchange-mode"))
                || Addresses.isAny(peer.get("address"));
    }

    /**
     * Whether the dynamic L2TP peer exists although no peer was shown: the peer list was not
     * pasted (an export never shows dynamic items either), or the L2TP server uses IPsec.
     */
    private static boolean dynamicPeerExpected(Snapshot s) {
        if (!s.hasMenu(Menus.IPSEC_PEER) || s.fromExport()) {
            return !s.hasMenu(SERVER) || s.rows(SERVER).stream().anyMatch(RoadWarriorScope::serverUsesIpsec);
        }
        return s.rows(SERVER).stream().anyMatch(RoadWarriorScope::serverUsesIpsec);
    }

    static boolean serverUsesIpsec(Row server) {
        String use = server.get("use-ipsec");
        return use != null && !use.equals("no") && !"no".equals(server.get("enabled"));
    }

    /**
     * The proposals phase 2 of the L2TP clients is negotiated with: those named by the enabled
     * policy templates of the road-warrior identities' template group (default: "default").
     * Without the policy list, the default proposal.
     */
    private static List<Row> proposals(Snapshot s, List<Row> identities) {
        Set<String> groups = new LinkedHashSet<>();
        identities.forEach(i -> groups.add(i.properties().getOrDefault("policy-template-group", "default")));
        if (groups.isEmpty()) {
            groups.add("default");
        }
        Set<String> names = new LinkedHashSet<>();
        if (s.hasMenu(Menus.IPSEC_POLICY)) {
            for (Row policy : s.rows(Menus.IPSEC_POLICY)) {
                boolean template = policy.is("template");
                boolean disabled = policy.is("disabled");
                if (template && !disabled && groups.contains(policy.properties().getOrDefault("group", "default"))) {
                    names.add(policy.properties().getOrDefault("proposal", "default"));
                }
            }
        } else {
            names.add("default");
        }
        List<Row> used = new ArrayList<>();
        for (Row proposal : s.rows(Menus.IPSEC_PROPOSAL)) {
            String name = proposal.properties().getOrDefault("name", proposal.hasFlag("default") ? "default" : "");
            if (names.contains(name) && !proposal.is("disabled")) {
                used.add(proposal);
            }
        }
        return used;
    }

    /** The PSK census row followed by the rows whose keys it counted; null when there is nothing to count. */
    private static List<Row> psk(Snapshot s, List<Row> identities) {
        Set<String> distinct = new LinkedHashSet<>();
        List<Row> evidence = new ArrayList<>();
        int staticIdentities = 0;
        int sources = 0;
        List<Row> ordered = new ArrayList<>(identities.stream().filter(i -> !i.hasFlag("dynamic")).toList());
        ordered.addAll(identities.stream().filter(i -> i.hasFlag("dynamic")).toList());
        for (Row identity : ordered) { // static ones first: they are what a fix names
            if (identity.is("disabled")) {
                continue;
            }
            String method = identity.properties().getOrDefault("auth-method", "pre-shared-key");
            if (!method.equals("pre-shared-key")) {
                continue;
            }
            if (!identity.hasFlag("dynamic")) {
                staticIdentities++;
            }
            String secret = identity.get("secret");
            if (usable(secret)) {
                distinct.add(secret);
                evidence.add(identity);
                sources++;
            }
        }
        for (Row server : s.rows(SERVER)) {
            String secret = server.get("ipsec-secret");
            if (serverUsesIpsec(server) && usable(secret)) {
                distinct.add(secret);
                evidence.add(server);
                sources++;
            }
        }
        if (identities.isEmpty() && s.rows(SERVER).isEmpty()) {
            return null;
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sources", String.valueOf(sources));
        p.put("distinct", String.valueOf(distinct.size()));
        p.put("static-identities", String.valueOf(staticIdentities));
        Origin origin = !evidence.isEmpty() ? evidence.get(0).origin()
                : !identities.isEmpty() ? identities.get(0).origin() : s.rows(SERVER).get(0).origin();
        Row row = new Row(PSK, null, Set.of(), p, null, origin);
        List<Row> shown = new ArrayList<>();
        shown.add(row);
        shown.addAll(evidence);
        return shown;
    }

    /** A secret that was printed: not empty, not masked by RouterOS (hide-sensitive) or an author. */
    private static boolean usable(String secret) {
        return secret != null && !secret.isEmpty() && !secret.matches("\\*+");
    }
}
