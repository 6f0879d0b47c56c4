package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * The causes of a failure message weighed against the rest of the paste. RouterOS's messages
 * name a symptom, not a cause: "parsing packet failed, possible cause: wrong password" is a
 * client's typo, or the server's secret, or several PSKs answering road warriors, or a static
 * peer for 0.0.0.0/0 answering with its own secret; "no suitable proposal found" is a profile
 * narrower than the clients, a competing peer's profile, or a scanner's odd offer; "phase1
 * negotiation failed due to time up" alone is a drop on the way, the router initiating toward a
 * NATed client, or a probe that went away. One table, {@link #CANDIDATES}, lists per message the
 * causes and the evidence that speaks for each (earlier lines for the same address, the
 * "rejected hashtype/enctype/dh_group" lines, tables in the paste, the other clients' fate); each
 * attempt gets them ranked, heaviest first, with the evidence that decided. Rules select on the
 * winner ({@code likely-cause}); the report shows the ranking ({@code causes}, {@code decided-by}).
 */
final class Causes {
    /** A cause with the weight the evidence gave it and what that evidence was (null: none beyond the message). */
    record Weighed(String cause, int weight, String evidence) {
    }

    /** One piece of evidence for a cause: its weight when present, and how to read it from the facts. */
    private record Evidence(int weight, Function<Facts, String> found) {
    }

    /** A cause a message can have: its prior (how usual it is) and the evidence that speaks for it. */
    private record Candidate(String cause, int prior, List<Evidence> evidence) {
    }

    /** The message families with more than one cause, by the attempt's reason. */
    static final String PSK = Attempts.WRONG_PSK;
    static final String PROPOSAL = "no matching phase 1 proposal";
    static final String TIME_UP = "phase 1 timed out: no answer on UDP 500/4500";

    /** What common L2TP/IPsec clients offer in phase 1 (knowledge.md phase1-proposal-mismatch). */
    private static final Set<String> COMMON_OFFERS = Set.of("SHA", "AES-CBC", "3DES-CBC", "1024-bit MODP group",
            "2048-bit MODP group");

    private static final Map<String, List<Candidate>> CANDIDATES = new LinkedHashMap<>();

    static {
        CANDIDATES.put(PSK, List.of(
                new Candidate("per-user-psk", 0, List.of(new Evidence(5, f -> f.paste().psks() > 1
                        ? f.paste().psks() + " different pre-shared keys answer road warriors (/doctor road-warrior-psk): whoever's is not picked fails" : null))),
                new Candidate("static-peer", 0, List.of(new Evidence(4, f -> f.paste().staticPeer()))),
                new Candidate("client-key", 2, List.of(
                        new Evidence(3, f -> f.othersThroughIke() ? "other clients got through IKE with the server's key in this log" : null),
                        new Evidence(2, f -> f.cameBack() ? "this address got through IKE later: the key was corrected" : null))),
                new Candidate("server-key", 1, List.of(new Evidence(2, f -> !f.othersThroughIke()
                        ? "no client got through IKE anywhere in this log" : null)))));
        CANDIDATES.put(PROPOSAL, List.of(
                // a competing static peer comes first on a tie: its own profile is what a client
                // meets, and removing the competition is the fix
                new Candidate("static-peer", 0, List.of(new Evidence(4, f -> f.scannerLike() ? null : f.paste().staticPeer()))),
                // the "rejected" lines show what this peer offered against the router's profile, so
                // they count for any address; a table alone explains a client's failure, not a probe's
                new Candidate("profile-narrow", 1, List.of(
                        new Evidence(5, Facts::rejectedCommonOffer),
                        new Evidence(3, f -> f.scannerLike() ? null : f.paste().narrowProfile()))),
                new Candidate("scanner", 0, List.of(new Evidence(3, f -> f.scannerLike()
                        ? "a public address with no session, no IKE and nothing else in the log" : null)))));
        CANDIDATES.put(TIME_UP, List.of(
                new Candidate("router-initiated", 0, List.of(new Evidence(5, f -> f.routerInitiated()
                        ? "the router started this phase 1 toward the client (\"initiate new phase 1\")" : null))),
                new Candidate("firewall", 1, List.of(new Evidence(4, f -> f.paste().ikeDrop()))),
                new Candidate("scanner", 0, List.of(new Evidence(3, f -> f.scannerLike()
                        ? "a public address with no session, no IKE and nothing else in the log" : null)))));
    }

    private Causes() {
    }

    /** Whether an attempt's message is one this table weighs. */
    static boolean weighs(String reason) {
        return reason != null && CANDIDATES.containsKey(reason);
    }

    /** The causes of the attempt's message, heaviest first (ties keep the table's order). */
    static List<Weighed> weigh(String reason, Facts facts) {
        List<Weighed> out = new ArrayList<>();
        for (Candidate c : CANDIDATES.getOrDefault(reason, List.of())) {
            int weight = c.prior();
            List<String> said = new ArrayList<>();
            for (Evidence e : c.evidence()) {
                String found = e.found().apply(facts);
                if (found != null) {
                    weight += e.weight();
                    said.add(found);
                }
            }
            out.add(new Weighed(c.cause(), weight, said.isEmpty() ? null : String.join("; ", said)));
        }
        out.sort(Comparator.comparingInt(Weighed::weight).reversed());
        return out;
    }

    /** The ranking as a report prints it: {@code per-user-psk 5 > client-key 2 > ...}. */
    static String ranking(List<Weighed> weighed) {
        return String.join(" > ", weighed.stream().map(w -> w.cause() + " " + w.weight()).toList());
    }

    /** What decided the winner, or that nothing beyond the message did. */
    static String decidedBy(List<Weighed> weighed) {
        Weighed top = weighed.get(0);
        return top.evidence() != null ? top.evidence()
                : "the message alone (nothing else in the paste speaks for a cause): its most usual cause";
    }

    /**
     * The paste-wide facts, read once ({@link #pasteFacts}): tables that speak for a cause whatever
     * the attempt.
     */
    record Paste(int psks, String staticPeerName, String narrowProfile, String ikeDrop) {
        String staticPeer() {
            return staticPeerName == null ? null : "a static peer for 0.0.0.0/0 (" + staticPeerName
                    + ") competes with the L2TP server's own: a client may meet its secret and profile";
        }
    }

    /**
     * The facts about one attempt and its paste that the evidence reads.
     *
     * @param rejected "type local:peer" of each "rejected ..." line the attempt drew
     */
    record Facts(Paste paste, boolean othersThroughIke, boolean cameBack, boolean scannerLike,
            boolean routerInitiated, List<String> rejected) {
        /**
         * A "rejected" line where the client offered what common L2TP clients offer and the router
         * offered none of it for that type: the router's profile is the odd one out.
         */
        String rejectedCommonOffer() {
            Map<String, Set<String>> local = new LinkedHashMap<>();
            Map<String, Set<String>> peer = new LinkedHashMap<>();
            for (String r : rejected) {
                String[] typeValues = r.split(" ", 2);
                int colon = typeValues.length < 2 ? -1 : typeValues[1].lastIndexOf(':');
                if (colon < 0) {
                    continue;
                }
                local.computeIfAbsent(typeValues[0], k -> new LinkedHashSet<>()).add(typeValues[1].substring(0, colon));
                peer.computeIfAbsent(typeValues[0], k -> new LinkedHashSet<>()).add(typeValues[1].substring(colon + 1));
            }
            List<String> lacking = new ArrayList<>();
            peer.forEach((type, offered) -> offered.stream()
                    .filter(v -> COMMON_OFFERS.contains(v) && !local.get(type).contains(v)).findFirst()
                    .ifPresent(v -> lacking.add(type + ": the router offers " + String.join(",", local.get(type))
                            + ", the client " + v)));
            return lacking.isEmpty() ? null : "\"rejected\" lines: " + String.join("; ", lacking);
        }
    }

    /** The paste-wide facts, read once: tables that speak for a cause whatever the attempt. */
    static Paste pasteFacts(Snapshot s) {
        int psks = 0;
        for (Row r : s.rows(RoadWarriorScope.PSK)) {
            try {
                psks = Math.max(psks, Integer.parseInt(r.properties().getOrDefault("distinct", "0")));
            } catch (NumberFormatException e) {
                // not a count: no evidence
            }
        }
        boolean server = s.rows(Menus.L2TP_SERVER).stream()
                .anyMatch(r -> "yes".equals(r.get("enabled")) && !"no".equals(r.get("use-ipsec")));
        String staticPeerName = !server ? null : s.rows(Menus.IPSEC_PEER).stream()
                .filter(r -> !r.is("dynamic") && !r.is("disabled") && r.get("address") != null
                        && r.get("address").matches("^(0\\.0\\.0\\.0|::)/0$") && "main".equals(r.get("exchange-mode")))
                .findFirst().map(r -> r.get("name") != null ? r.get("name") : r.get("address")).orElse(null);
        String narrowProfile = s.rows(RoadWarriorScope.PROFILES).stream().map(Causes::narrowness).filter(n -> n != null)
                .findFirst().orElse(null);
        String ikeDrop = s.rows(FirewallPath.MENU).stream()
                .filter(r -> ("udp-500".equals(r.get("probe")) || "udp-4500".equals(r.get("probe")))
                        && ("dropped".equals(r.get("verdict")) || "rejected".equals(r.get("verdict"))))
                .findFirst().map(r -> "the input chain " + r.get("verdict") + " " + r.get("probe")
                        + (r.get("rule-comment") != null ? " at rule \"" + r.get("rule-comment") + "\"" : " at rule " + r.get("rule"))
                        + (r.get("rule-packets") != null ? " (" + r.get("rule-packets") + " packets counted)" : ""))
                .orElse(null);
        return new Paste(psks, staticPeerName, narrowProfile, ikeDrop);
    }

    /** What the road-warrior profile lacks of the common clients' offers, as PROPOSAL-001 reads it; null if nothing. */
    private static String narrowness(Row profile) {
        List<String> lacks = new ArrayList<>();
        String dh = profile.get("dh-group");
        String hash = profile.get("hash-algorithm");
        String enc = profile.get("enc-algorithm");
        if (dh != null && !dh.contains("modp1024")) {
            lacks.add("dh-group=" + dh);
        }
        if (hash != null && !hash.contains("sha1")) {
            lacks.add("hash-algorithm=" + hash);
        }
        if (enc != null && !enc.matches(".*(aes-128|aes-256|3des).*")) {
            lacks.add("enc-algorithm=" + enc);
        }
        return lacks.isEmpty() ? null : "the road-warrior profile " + (profile.get("name") != null ? "\"" + profile.get("name") + "\" " : "")
                + "has " + String.join(" ", lacks) + ", narrower than common clients offer";
    }
}
