package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.analyze.Attempt.Stage;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * {@code /doctor attempt}: each client's connection attempt, rebuilt from the log — keyed by
 * public address and NAT port, with the user, the stages reached (phase 1 → IKE up → phase 2 →
 * L2TP → PPP auth → connected), where it stopped and why. Rules use these rows as evidence;
 * the report prints them as a timeline. Besides what the log tells of the attempt itself:
 * {@code previous-result} and {@code previous-gap} (how the attempt before it from the same
 * address ended, and how long before this one started: a reconnect after a drop), and
 * {@code account} (with /ppp secret: ok, missing, disabled or service-X for the user's secret).
 * A failed attempt also says whether its client came back ({@code came-back}: a later attempt
 * from that address got through IKE, so its key was right then, and it was not another user who
 * held a session there meanwhile: {@link ClientsAtAddress}), and a stalled one which cause the
 * log names for the stall ({@code stall-cause}), so a generic rule keeps to the rest.
 */
final class Attempts implements Analyzer {
    /** The reason of an attempt that failed on a wrong-password line. */
    static final String WRONG_PSK = "pre-shared key mismatch";

    static final String MENU = "/doctor attempt";

    @Override
    public List<String> reads() {
        // the tables that weigh a failure's causes too (Causes)
        return List.of(Menus.LOG.path(), Menus.PPP_SECRET.path(), Menus.PPP_ACTIVE.path(), Menus.ACTIVE_PEERS.path(),
                RoadWarriorScope.PSK, RoadWarriorScope.PROFILES, Menus.IPSEC_PEER.path(), Menus.L2TP_SERVER.path(),
                FirewallPath.MENU);
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(MENU, Menus.LOG));
    }

    @Override
    public Derived derive(Snapshot s) {
        if (s.events().isEmpty()) {
            return Derived.NOTHING;
        }
        Timeline timeline = Timeline.of(s.events());
        boolean severalHosts = timeline.hosts().size() > 1;
        List<Attempt> attempts = replayPerTimeline(LogFacts.of(s.events()), timeline);
        Set<String> knownClients = knownClients(s, attempts);
        Derived.Builder out = new Derived.Builder().menu(MENU);
        Map<String, Attempt> lastFrom = new java.util.HashMap<>();
        Map<String, Row> secrets = s.hasMenu(Menus.PPP_SECRET) ? secretsByName(s) : null;
        Map<LogEvent, Integer> order = ClientsAtAddress.order(s.events());
        List<Row> logRows = logRows(s);
        // each attempt's router and part of its log, once: it keys its address's story two ways below
        String[] parts = new String[attempts.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = partKey(attempts.get(i).firstEvent, timeline);
        }
        ClientsAtAddress sharing = ClientsAtAddress.of(attempts, order, i -> parts[i]);
        Causes.Paste paste = Causes.pasteFacts(s);
        long throughIke = attempts.stream().filter(a -> a.ipsecSeen && a.reached(Stage.IKE_UP)).count();
        for (int i = 0; i < attempts.size(); i++) {
            Attempt a = attempts.get(i);
            Map<String, String> extra = new LinkedHashMap<>();
            Set<String> others = sharing.othersInSession(i);
            if (a.failedLayer() != null) {
                Attempt back = sharing.cameBack(i, others);
                extra.put("came-back", back != null ? "yes" : "no");
                if (back != null && back.user != null) {
                    extra.put("came-back-as", back.user);
                }
                if (!others.isEmpty()) {
                    extra.put("others-at-address", String.join(",", others));
                }
            }
            Attempt previous = lastFrom.put(parts[i] + " " + a.address, a);
            if (previous != null) {
                extra.put("previous-result", previous.result);
                timeline.gap(previous.lastEvent, a.firstEvent).ifPresent(g -> extra.put("previous-gap", g));
            }
            if ("stalled".equals(a.result)) {
                boolean afterDrop = previous != null && ("dropped".equals(previous.result) || "disconnected".equals(previous.result))
                        && timeline.withinSeconds(previous.lastEvent, a.firstEvent, STALE_WINDOW_SECONDS);
                extra.put("stall-cause", stallCause(a, !others.isEmpty(), afterDrop));
            }
            if (a.user != null && secrets != null) {
                extra.put("account", account(secrets.get(a.user)));
            }
            if (a.failedLayer() != null && Causes.weighs(a.reason)) {
                // other clients through IKE: every attempt that got there, but this client's own return
                boolean back = "yes".equals(extra.get("came-back"));
                boolean othersThrough = throughIke - (back ? 1 : 0) > 0;
                weigh(a, new Causes.Facts(paste, othersThrough, back, scannerNoise(a, knownClients), a.routerInitiated, a.rejected), extra);
            }
            Row row = toRow(a, severalHosts, knownClients, extra);
            // the attempt itself leads its evidence, so a fix can name its {user} or {address}
            List<Row> evidence = new ArrayList<>();
            evidence.add(row);
            // the very rows of /log, so evidence shared with a /log selection is shown once
            for (LogEvent e : a.events) {
                evidence.add(logRows.get(order.get(e)));
            }
            out.add(MENU, row, evidence);
        }
        return out.build();
    }

    /**
     * Each router's attempts replayed on their own, and each part of one router's log where time
     * went back (a second paste, a reboot, a clock set back): a syslog file of two routers holds
     * two stories, a client of one is not a client of the other, and a second paste does not
     * continue the first. One router's one log comes as it is.
     */
    private static List<Attempt> replayPerTimeline(List<LogFact> facts, Timeline timeline) {
        if (timeline.hosts().size() <= 1 && timeline.breaks().isEmpty()) {
            return Replay.of(facts, timeline);
        }
        Map<String, List<LogFact>> byPart = new LinkedHashMap<>();
        facts.forEach(f -> byPart.computeIfAbsent(partKey(f.event(), timeline), k -> new ArrayList<>()).add(f));
        List<Attempt> attempts = new ArrayList<>();
        byPart.values().forEach(part -> attempts.addAll(Replay.of(part, timeline)));
        return attempts;
    }

    /**
     * The causes of the attempt's message ranked against the paste ({@link Causes}): the winner
     * ({@code likely-cause}) for rules to select, the ranking and what decided it for the report.
     */
    private static void weigh(Attempt a, Causes.Facts facts, Map<String, String> extra) {
        List<Causes.Weighed> ranked = Causes.weigh(a.reason, facts);
        extra.put("likely-cause", ranked.get(0).cause());
        extra.put("causes", Causes.ranking(ranked));
        extra.put("decided-by", Causes.decidedBy(ranked));
        if (!a.rejected.isEmpty()) {
            extra.put("rejected", String.join(", ", a.rejected));
        }
    }

    /** A reconnect this soon after the same address's session ended meets that session's SAs (L2TP-STALE-002). */
    private static final int STALE_WINDOW_SECONDS = 600;

    /**
     * What explains an attempt that stalled after IPsec and before L2TP, as far as the log itself
     * tells: {@code nat-t} the router answers IKE behind NAT (a Windows client refuses that without
     * its registry value: L2TP-CLIENT-001), {@code esp} IKE stayed on UDP 500, so no NAT and bare
     * ESP (L2TP-ESP-001), {@code second-client} another user held a session from the same public
     * address meanwhile (two clients behind one NAT: L2TP-POLICY-001, L2TP-NAT-001),
     * {@code stale-sa} the same address's session ended minutes before (its SAs are still there:
     * L2TP-STALE-002), {@code unknown} otherwise (a stall after L2TP started is unknown too).
     */
    static String stallCause(Attempt a, boolean anotherUserAtTheAddress, boolean rightAfterADrop) {
        if (a.reached(Stage.L2TP)) {
            return "unknown";
        }
        if (a.serverBehindNat()) {
            return "nat-t";
        }
        if ("500".equals(a.port)) {
            return "esp";
        }
        return anotherUserAtTheAddress ? "second-client" : rightAfterADrop ? "stale-sa" : "unknown";
    }

    /** The router and the part of its log a record belongs to. */
    private static String partKey(LogEvent e, Timeline timeline) {
        return e.host() + " " + timeline.part(e);
    }

    /**
     * Each event's row in the /log menu, in event order: the very rows {@link LogRows} derived
     * before this analyzer, so evidence shared with a /log selection is one row; made here when
     * that menu is not the events' (an analyzer run on its own).
     */
    private static List<Row> logRows(Snapshot s) {
        List<Row> log = s.hasMenu(LogRows.MENU) ? s.rows(LogRows.MENU) : List.of();
        return log.size() == s.events().size() ? log : s.events().stream().map(LogRows::row).toList();
    }

    /** Addresses that are real users: reached L2TP in the log, or hold a PPP session now. */
    private static Set<String> knownClients(Snapshot s, List<Attempt> attempts) {
        Set<String> known = new LinkedHashSet<>();
        // IKE cannot come up without the PSK, so an address that got that far is a user's
        attempts.stream().filter(a -> a.ipsecSeen && a.stage.ordinal() >= Stage.IKE_UP.ordinal() || a.user != null)
                .forEach(a -> known.add(a.address));
        s.rows(Menus.PPP_ACTIVE).forEach(r -> {
            if (r.get("caller-id") != null) {
                known.add(Addresses.host(r.get("caller-id")));
            }
        });
        s.rows(Menus.ACTIVE_PEERS).forEach(r -> {
            if (r.get("remote-address") != null) {
                known.add(Addresses.host(r.get("remote-address")));
            }
        });
        return known;
    }

    /** Each PPP secret by name; the first one wins, as on the router. */
    private static Map<String, Row> secretsByName(Snapshot s) {
        Map<String, Row> byName = new HashMap<>();
        s.rows(Menus.PPP_SECRET).forEach(r -> {
            if (r.get("name") != null) {
                byName.putIfAbsent(r.get("name"), r);
            }
        });
        return byName;
    }

    /** What a user's /ppp secret says: ok, missing, disabled, or the service it is limited to. */
    static String account(Row secret) {
        if (secret == null) {
            return "missing";
        }
        if (secret.is("disabled")) {
            return "disabled";
        }
        String service = secret.properties().getOrDefault("service", "any");
        return service.equals("l2tp") || service.equals("any") ? "ok" : "service-" + service;
    }

    /**
     * Whether the reason names a cause (a wrong key, a proposal, a password, a timeout, NAT), not
     * only the layer where the attempt stopped: a failure without one must still be reported.
     */
    private static boolean knownCause(Attempt a) {
        String r = a.reason == null ? "" : a.reason;
        return r.equals(WRONG_PSK) || r.contains("proposal") || r.startsWith("PPP authentication failed")
                || r.contains("timed out") || a.serverBehindNat() && "stalled".equals(a.result)
                || "stalled".equals(a.result) && !a.reached(Stage.L2TP);
    }

    /**
     * A wrong-password line means the peer sent its encrypted identity under some key: a user
     * with a wrong PSK (who never connects, so "never seen before" proves nothing), not a probe.
     * A scanner needs positive evidence too: an internet scanner reaches the WAN from a public
     * address, so a private (RFC 1918, shared or link-local) source is a peer on a network the
     * router is reachable from, a user or a test client, however far it got.
     */
    private static boolean scannerNoise(Attempt a, Set<String> knownClients) {
        boolean privateSource = a.address != null && Addresses.isPrivate(a.address);
        return a.stage.ordinal() <= Stage.L2TP.ordinal() && a.user == null
                && !knownClients.contains(a.address) && !a.routerInitiated && !WRONG_PSK.equals(a.reason)
                && !privateSource;
    }

    private static Row toRow(Attempt a, boolean severalHosts, Set<String> knownClients, Map<String, String> extra) {
        // masked as they are put, and no second map for the constructor to copy (Row.Builder)
        Row.Builder p = new Row.Builder(MENU, a.events.get(0).origin(), 32);
        p.put("address", a.address);
        if (severalHosts) {
            p.put("router", a.firstEvent.host().isEmpty() ? "(no host)" : a.firstEvent.host());
        }
        if (a.port != null) {
            p.put("port", a.port);
        }
        if (a.user != null) {
            p.put("user", a.user);
        }
        p.put("first", a.firstTime.text());
        p.put("last", a.lastTime.text());
        p.put("stage", a.stage.id());
        p.put("result", a.result);
        p.put("reason", a.reason);
        p.put("ipsec", a.ipsecSeen ? "yes" : "no");
        p.put("initiator", a.routerInitiated ? "router" : "client");
        p.put("layer", a.stage.layer);
        if (a.failedLayer() != null) {
            p.put("failed-layer", a.failedLayer());
            p.put("cause", knownCause(a) ? "known" : "unknown");
        }
        if (a.localAddress != null) {
            p.put("local-address", a.localAddress);
        }
        p.put("server-behind-nat", a.serverBehindNat() ? "yes" : "no");
        if (a.phase2Negotiations() > 0) {
            p.put("phase2-count", String.valueOf(a.phase2Negotiations()));
        }
        if (a.ipAddress != null) {
            p.put("ip-address", a.ipAddress);
        }
        boolean privateSource = a.address != null && Addresses.isPrivate(a.address);
        boolean noise = scannerNoise(a, knownClients);
        p.put("known-client", knownClients.contains(a.address) ? "yes" : "no");
        p.put("scanner-noise", noise ? "likely" : "no");
        if (knownClients.contains(a.address)) {
            p.put("client-evidence", "a session or IKE from this address");
        } else if (privateSource) {
            p.put("client-evidence", "a private source address, which no internet scanner has");
        } else if (WRONG_PSK.equals(a.reason)) {
            p.put("client-evidence", "an identity sent under a different pre-shared key");
        }
        p.putAll(extra);
        p.put("timeline", String.join(" → ", a.steps));
        return p.build();
    }

}
