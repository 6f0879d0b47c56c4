package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * {@code /doctor attempt}: each client's connection attempt, rebuilt from the log — keyed by
 * public address and NAT port, with the user, the stages reached (phase 1 → IKE up → phase 2 →
 * L2TP → PPP auth → connected), where it stopped and why. Rules use these rows as evidence;
 * the report prints them as a timeline.
 */
final class Attempts implements Analyzer {
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
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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
            steps.add(clock(e.time()) + " " + label);
            events.add(e);
            lastTime = e.time();
        }

        void end(String outcome, String why, LogEvent e) {
            if (result == null || "connected".equals(result)) {
                result = outcome;
                reason = why;
                step(outcome + (why != null ? " (" + why + ")" : ""), e);
            } else if (!e.time().equals(lastTime) && why != null) {
                step(why, e); // a later echo of the same failure, such as the final "time up"
            } else {
                events.add(e); // the same failure told in one more line
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
        for (Attempt a : attempts) {
            Row row = toRow(a, knownClients);
            basis.put(row, a.events.stream().map(LogRows::row).toList());
            rows.add(row);
        }
        return Map.of(MENU, rows);
    }

    private static List<Attempt> replay(List<LogFact> facts) {
        List<Attempt> all = new ArrayList<>();
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
                case PSK_MISMATCH -> failureTarget(all, f, e).end("failed", "pre-shared key mismatch", e);
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
                    a.reach(Stage.PPP_AUTH, e);
                    a.steps.set(a.steps.size() - 1, clock(e.time()) + " logged in as " + f.user() + " (" + f.detail() + ")");
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

    private static Attempt latest(List<Attempt> all, String address, Boolean open) {
        if (address == null) {
            return null;
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Attempt a = all.get(i);
            if (a.address.equals(address) && (open == null || a.open() == open || "connected".equals(a.result))) {
                return a;
            }
        }
        return null;
    }

    private static Attempt latestOpen(List<Attempt> all) {
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).open()) {
                return all.get(i);
            }
        }
        return null;
    }

    /** The open attempt from an address, or a new one if the log starts in the middle of it. */
    private static Attempt openAt(List<Attempt> all, String address, Stage stage, LogEvent e, boolean create) {
        Attempt a = latest(all, address, true);
        if (a == null && create) {
            a = new Attempt(address, null, stage, e);
            a.ipsecSeen = true;
            all.add(a);
        }
        return a;
    }

    /**
     * The attempt a failure line belongs to: the one from that address and port, or the one from
     * that address that ended at this very second (RouterOS logs one failure in several lines).
     */
    private static Attempt failureTarget(List<Attempt> all, LogFact f, LogEvent e) {
        for (int i = all.size() - 1; i >= 0; i--) {
            Attempt a = all.get(i);
            if (!a.address.equals(f.address())) {
                continue;
            }
            if (a.open() || f.port() != null && f.port().equals(a.port) || a.lastTime.equals(e.time())) {
                return a;
            }
            break;
        }
        return openAt(all, f.address(), Stage.PHASE1, e, true);
    }

    private static Attempt awaitingUser(List<Attempt> all) {
        for (int i = all.size() - 1; i >= 0; i--) {
            Attempt a = all.get(i);
            if (a.open() && a.user == null && a.stage == Stage.L2TP) {
                return a;
            }
        }
        return null;
    }

    private static Attempt byUser(List<Attempt> all, String user) {
        for (int i = all.size() - 1; i >= 0; i--) {
            if (user != null && user.equals(all.get(i).user)) {
                return all.get(i);
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
        s.rows("/ppp active").forEach(r -> {
            if (r.get("caller-id") != null) {
                known.add(Addresses.host(r.get("caller-id")));
            }
        });
        s.rows("/ip ipsec active-peers").forEach(r -> {
            if (r.get("remote-address") != null) {
                known.add(Addresses.host(r.get("remote-address")));
            }
        });
        return known;
    }

    private static Row toRow(Attempt a, Set<String> knownClients) {
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
        boolean noise = a.stage.ordinal() <= Stage.L2TP.ordinal() && a.user == null
                && !knownClients.contains(a.address) && !a.routerInitiated;
        p.put("known-client", knownClients.contains(a.address) ? "yes" : "no");
        p.put("scanner-noise", noise ? "likely" : "no");
        p.put("timeline", String.join(" → ", a.steps));
        return new Row(MENU, null, Set.of(), p, null, a.events.get(0).origin());
    }

    /** "2026-09-18 09:12:01" and "oct/16 14:56:32" give "09:12:01" and "14:56:32". */
    static String clock(String time) {
        int space = time.lastIndexOf(' ');
        return space >= 0 ? time.substring(space + 1) : time;
    }
}
