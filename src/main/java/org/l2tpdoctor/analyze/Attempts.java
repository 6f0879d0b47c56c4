package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 */
final class Attempts implements Analyzer {
    /** The reason of an attempt that failed on a wrong-password line. */
    static final String WRONG_PSK = "pre-shared key mismatch";

    static final String MENU = "/doctor attempt";

    /** Stages in the order a healthy connection passes them. */
    enum Stage {
        PHASE1("phase 1"), IKE_UP("IKE up"), PHASE2("phase 2"), L2TP("L2TP"), PPP_AUTH("PPP auth"),
        CONNECTED("connected");

        final String label;

        Stage(String label) {
            this.label = label;
        }

        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One attempt while the log is replayed. */
    private static final class Attempt {
        final String address;
        String port;
        String user;
        Stage stage;
        String result;
        String reason;
        boolean ipsecSeen;
        boolean routerInitiated;
        final List<String> steps = new ArrayList<>();
        final List<LogEvent> events = new ArrayList<>();
        final String firstTime;
        String lastTime;

        Attempt(String address, String port, Stage stage, LogEvent first) {
            this.address = address;
            this.port = port;
            this.stage = stage;
            this.firstTime = first.time();
            this.lastTime = first.time();
        }

        boolean open() {
            return result == null;
        }

        void reach(Stage next, LogEvent e) {
            if (next.ordinal() > stage.ordinal()) {
                stage = next;
            }
            step(next.label, e);
        }

        void step(String label, LogEvent e) {
            steps.add(LogTime.clock(e.time()) + " " + label);
            events.add(e);
            lastTime = e.time();
        }

        void end(String outcome, String why, LogEvent e) {
            if (result == null || "connected".equals(result)) {
                result = outcome;
                reason = why;
                step(outcome + (why != null ? " (" + why + ")" : ""), e);
            } else if (!e.time().equals(lastTime) && why != null && !why.equals(reason)) {
                step(why, e); // a later echo of the same failure, such as the final "time up"
            } else {
                events.add(e); // the same failure told in one more line, or repeated
                lastTime = e.time();
            }
        }
    }

    @Override
    public Map<String, List<Row>> derive(Snapshot s, Map<Row, List<Row>> basis) {
        if (s.events().isEmpty()) {
            return Map.of();
        }
        List<Attempt> attempts = replay(LogFacts.of(s.events()));
        Set<String> knownClients = knownClients(s, attempts);
        List<Row> rows = new ArrayList<>();
        Map<String, Attempt> lastFrom = new java.util.HashMap<>();
        Map<String, Row> secrets = s.hasMenu(Menus.PPP_SECRET) ? secretsByName(s) : null;
        Map<LogEvent, Row> logRows = logRows(s);
        for (int i = 0; i < attempts.size(); i++) {
            Attempt a = attempts.get(i);
            Map<String, String> extra = new LinkedHashMap<>();
            Attempt previous = lastFrom.put(a.address, a);
            if (previous != null) {
                extra.put("previous-result", previous.result);
                LogTime.gap(previous.lastTime, a.firstTime).ifPresent(g -> extra.put("previous-gap", g));
            }
            if (a.user != null && secrets != null) {
                extra.put("account", account(secrets.get(a.user)));
            }
            Row row = toRow(a, knownClients, extra);
            // the attempt itself leads its evidence, so a fix can name its {user} or {address}
            List<Row> evidence = new ArrayList<>();
            evidence.add(row);
            // the very rows of /log, so evidence shared with a /log selection is shown once
            a.events.stream().map(e -> logRows.computeIfAbsent(e, LogRows::row)).forEach(evidence::add);
            basis.put(row, evidence);
            rows.add(row);
        }
        return Map.of(MENU, rows);
    }

    /** Each event's row in the /log menu that {@link LogRows} derived (in event order) before this analyzer. */
    private static Map<LogEvent, Row> logRows(Snapshot s) {
        Map<LogEvent, Row> rows = new IdentityHashMap<>();
        List<Row> log = s.hasMenu(LogRows.MENU) ? s.rows(LogRows.MENU) : List.of();
        if (log.size() == s.events().size()) {
            for (int i = 0; i < log.size(); i++) {
                rows.put(s.events().get(i), log.get(i));
            }
        }
        return rows;
    }

    private static List<Attempt> replay(List<LogFact> facts) {
        AttemptBook<Attempt> all = new AttemptBook<>(a -> a.address);
        String pendingNoProposal = null;
        for (LogFact f : facts) {
            LogEvent e = f.event();
            switch (f.kind()) {
                case PHASE1_START, PHASE1_INITIATED -> {
                    Attempt last = latest(all, f.address(), null);
                    if (last != null && last.open() && last.stage == Stage.PHASE1 && f.port().equals(last.port)) {
                        last.step("phase 1 retransmitted", e);
                        continue;
                    }
                    Attempt a = new Attempt(f.address(), f.port(), Stage.PHASE1, e);
                    a.routerInitiated = f.kind() == LogFact.Kind.PHASE1_INITIATED;
                    a.ipsecSeen = true;
                    a.step(a.routerInitiated ? "phase 1 started by the router" : "phase 1", e);
                    all.add(a);
                }
                case PHASE1_ESTABLISHED -> {
                    Attempt a = openAt(all, f.address(), Stage.PHASE1, e, true);
                    a.port = f.port();
                    a.reach(Stage.IKE_UP, e);
                }
                case PHASE1_TIMEOUT -> failureTarget(all, f, e)
                        .end("failed", "phase 1 timed out: no answer on UDP 500/4500", e);
                case PHASE1_NO_PROPOSAL -> {
                    if (f.address() == null) {
                        pendingNoProposal = e.time();
                    } else {
                        failureTarget(all, f, e).end("failed", "no matching phase 1 proposal", e);
                    }
                }
                case PHASE1_FAILED -> failureTarget(all, f, e)
                        .end("failed", e.time().equals(pendingNoProposal) ? "no matching phase 1 proposal" : "phase 1 failed", e);
                case PSK_MISMATCH -> failureTarget(all, f, e).end("failed", WRONG_PSK, e);
                case PHASE2_FAILED -> {
                    Attempt a = f.address() != null ? openAt(all, f.address(), Stage.IKE_UP, e, true) : latestOpen(all);
                    if (a != null) {
                        a.end("failed", "no matching phase 2 proposal", e);
                    }
                }
                case PHASE2_ESTABLISHED -> {
                    Attempt a = latest(all, f.address(), true);
                    if (a == null) {
                        a = latest(all, f.detail(), true);
                    }
                    if (a != null) {
                        a.reach(Stage.PHASE2, e);
                    }
                }
                case L2TP_FIRST_PACKET -> {
                    Attempt a = latest(all, f.address(), true);
                    if (a == null || a.stage.ordinal() >= Stage.L2TP.ordinal()) {
                        if (a != null && a.stage == Stage.L2TP && a.user == null) {
                            continue; // the client's retransmission
                        }
                        a = new Attempt(f.address(), null, Stage.L2TP, e);
                        all.add(a);
                    }
                    a.reach(Stage.L2TP, e);
                }
                case PPP_LOGGED_IN -> {
                    Attempt a = f.address() != null ? latest(all, f.address(), true) : awaitingUser(all);
                    if (a == null) {
                        a = new Attempt(f.address() != null ? f.address() : "?", null, Stage.PPP_AUTH, e);
                        all.add(a);
                    }
                    a.user = f.user();
                    all.user(a, a.user);
                    a.reach(Stage.PPP_AUTH, e);
                    a.steps.set(a.steps.size() - 1, LogTime.clock(e.time()) + " logged in as " + f.user() + " (" + f.detail() + ")");
                }
                case PPP_AUTHENTICATED, PPP_CONNECTED -> {
                    Attempt a = byUser(all, f.user());
                    if (a == null) {
                        a = awaitingUser(all);
                    }
                    if (a != null && f.kind() == LogFact.Kind.PPP_AUTHENTICATED && a.stage == Stage.PPP_AUTH) {
                        a.events.add(e); // already told by "logged in"
                    } else if (a != null) {
                        a.user = f.user();
                        all.user(a, a.user);
                        a.reach(f.kind() == LogFact.Kind.PPP_CONNECTED ? Stage.CONNECTED : Stage.PPP_AUTH, e);
                        if (f.kind() == LogFact.Kind.PPP_CONNECTED) {
                            a.result = a.result == null ? "connected" : a.result;
                        }
                    }
                }
                case PPP_AUTH_FAILED -> {
                    Attempt a = latest(all, f.address(), true);
                    if (a == null) {
                        a = new Attempt(f.address(), null, Stage.L2TP, e);
                        all.add(a);
                    }
                    if (f.user() != null) {
                        a.user = f.user();
                        all.user(a, a.user);
                    }
                    a.end("failed", "PPP authentication failed" + (f.detail() != null && !f.detail().isBlank()
                            ? ": " + f.detail() : f.user() != null ? " for user " + f.user() : ""), e);
                }
                case PPP_TERMINATING -> {
                    Attempt a = byUser(all, f.user());
                    if (a != null) {
                        a.end("dropped", f.detail() != null ? f.detail() : "terminated", e);
                    }
                }
                case PPP_LOGGED_OUT, PPP_DISCONNECTED -> {
                    Attempt a = byUser(all, f.user());
                    if (a != null && ("connected".equals(a.result) || a.result == null)) {
                        a.end("disconnected", null, e);
                    } else if (a != null && a.steps.get(a.steps.size() - 1).endsWith(" disconnected")) {
                        a.events.add(e); // "logged out" and "disconnected" tell the same end
                    } else if (a != null) {
                        a.step("disconnected", e);
                    }
                }
                case SA_PURGED, SA_DELETED -> {
                    Attempt a = latest(all, f.address(), null);
                    if (a != null && f.port().equals(a.port)) {
                        a.step(f.kind() == LogFact.Kind.SA_PURGED ? "IKE SA purged" : "IKE SA deleted", e);
                    }
                }
                default -> {
                    // POLICY_STUCK and DPD_DEAD carry no client address; rules read them from /log
                }
            }
        }
        for (Attempt a : all) {
            if (a.result == null) {
                a.result = switch (a.stage) {
                    case PHASE1 -> "no-answer";
                    case IKE_UP, PHASE2, L2TP -> "stalled";
                    default -> "in-progress";
                };
                a.reason = switch (a.stage) {
                    case PHASE1 -> "phase 1 did not complete within the log";
                    case IKE_UP, PHASE2 -> "IKE is up but no L2TP packet followed";
                    case L2TP -> a.ipsecSeen ? "L2TP started but no PPP login followed"
                            : "plain L2TP without IPsec, and no PPP login followed";
                    default -> "still going when the log ends";
                };
            }
        }
        return all;
    }

    private static Attempt latest(AttemptBook<Attempt> all, String address, Boolean open) {
        if (address == null) {
            return null;
        }
        List<Attempt> from = all.from(address);
        for (int i = from.size() - 1; i >= 0; i--) {
            Attempt a = from.get(i);
            if (open == null || a.open() == open || "connected".equals(a.result)) {
                return a;
            }
        }
        return null;
    }

    /** Looked for among the most recent attempts only: the answer is always a recent one. */
    private static final int RECENT = 500;

    private static Attempt latestOpen(List<Attempt> all) {
        for (int i = all.size() - 1; i >= Math.max(0, all.size() - RECENT); i--) {
            if (all.get(i).open()) {
                return all.get(i);
            }
        }
        return null;
    }

    /** The open attempt from an address, or a new one if the log starts in the middle of it. */
    private static Attempt openAt(AttemptBook<Attempt> all, String address, Stage stage, LogEvent e, boolean create) {
        Attempt a = latest(all, address, true);
        if (a == null && create) {
            a = new Attempt(address, null, stage, e);
            a.ipsecSeen = true;
            all.add(a);
        }
        return a;
    }

    /**
     * The attempt a failure line belongs to: the open one from that address that has not got
     * further than IKE, the one with that address and port, the one from that address that ended
     * at this very second (RouterOS logs one failure in several lines), or the one that failed the
     * same way less than a minute ago (racoon repeats "wrong password" for each retransmission,
     * then ends with "time up"). Never a session that is connected: its own failure would carry
     * its port. Otherwise a new attempt, as when the log starts in the middle of one.
     */
    private static Attempt failureTarget(AttemptBook<Attempt> all, LogFact f, LogEvent e) {
        List<Attempt> from = all.from(f.address());
        for (int i = from.size() - 1; i >= 0; i--) {
            Attempt a = from.get(i);
            boolean samePort = f.port() != null && f.port().equals(a.port);
            boolean connected = "connected".equals(a.result) || a.stage.ordinal() >= Stage.PPP_AUTH.ordinal();
            if (samePort || a.lastTime.equals(e.time()) && !connected
                    || a.open() && a.stage.ordinal() <= Stage.PHASE2.ordinal()) {
                return a;
            }
            if ("failed".equals(a.result) && a.stage.ordinal() <= Stage.IKE_UP.ordinal()
                    && LogTime.withinSeconds(a.lastTime, e.time(), 60)) {
                return a;
            }
            if (!connected) {
                break;
            }
        }
        Attempt a = new Attempt(f.address(), f.port(), Stage.PHASE1, e);
        a.ipsecSeen = true;
        all.add(a);
        return a;
    }

    private static Attempt awaitingUser(List<Attempt> all) {
        for (int i = all.size() - 1; i >= Math.max(0, all.size() - RECENT); i--) {
            Attempt a = all.get(i);
            if (a.open() && a.user == null && a.stage == Stage.L2TP) {
                return a;
            }
        }
        return null;
    }

    private static Attempt byUser(AttemptBook<Attempt> all, String user) {
        if (user == null) {
            return null;
        }
        List<Attempt> of = all.of(user);
        for (int i = of.size() - 1; i >= 0; i--) {
            if (user.equals(of.get(i).user)) {
                return of.get(i);
            }
        }
        return null;
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

    private static Row toRow(Attempt a, Set<String> knownClients, Map<String, String> extra) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("address", a.address);
        if (a.port != null) {
            p.put("port", a.port);
        }
        if (a.user != null) {
            p.put("user", a.user);
        }
        p.put("first", a.firstTime);
        p.put("last", a.lastTime);
        p.put("stage", a.stage.id());
        p.put("result", a.result);
        p.put("reason", a.reason);
        p.put("ipsec", a.ipsecSeen ? "yes" : "no");
        p.put("initiator", a.routerInitiated ? "router" : "client");
        // A wrong-password line means the peer sent its encrypted identity under some key: a user
        // with a wrong PSK (who never connects, so "never seen before" proves nothing), not a probe.
        boolean noise = a.stage.ordinal() <= Stage.L2TP.ordinal() && a.user == null
                && !knownClients.contains(a.address) && !a.routerInitiated && !WRONG_PSK.equals(a.reason);
        p.put("known-client", knownClients.contains(a.address) ? "yes" : "no");
        p.put("scanner-noise", noise ? "likely" : "no");
        p.putAll(extra);
        p.put("timeline", String.join(" → ", a.steps));
        return new Row(MENU, null, Set.of(), p, null, a.events.get(0).origin());
    }

}
