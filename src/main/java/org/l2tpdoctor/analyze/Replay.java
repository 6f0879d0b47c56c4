package org.l2tpdoctor.analyze;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.analyze.Attempt.Stage;
import org.l2tpdoctor.analyze.LogFact.Kind;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.LogTime;

/**
 * Replays a log's facts into attempts: a table from the kind of each fact to the named step it
 * takes on the client's attempt. Facts without a client address (POLICY_STUCK, DPD_DEAD) take no
 * step: rules read them from /log.
 */
final class Replay {
    /** One transition: what a fact of its kind does to the attempts. */
    private interface Step {
        void apply(Replay replay, LogFact fact);
    }

    private static final Map<Kind, Step> STEPS = new EnumMap<>(Kind.class);

    static {
        STEPS.put(Kind.PHASE1_START, Replay::phase1Started);
        STEPS.put(Kind.PHASE1_INITIATED, Replay::phase1Started);
        STEPS.put(Kind.PHASE1_ESTABLISHED, Replay::ikeUp);
        STEPS.put(Kind.PHASE1_TIMEOUT, (r, f) -> r.fail(f, "phase 1 timed out: no answer on UDP 500/4500"));
        STEPS.put(Kind.PHASE1_NO_PROPOSAL, Replay::noPhase1Proposal);
        STEPS.put(Kind.PHASE1_FAILED, Replay::phase1Failed);
        STEPS.put(Kind.PROPOSAL_REJECTED, Replay::proposalRejected);
        STEPS.put(Kind.PSK_MISMATCH, (r, f) -> r.fail(f, Attempts.WRONG_PSK));
        STEPS.put(Kind.NAT_DETECTED, Replay::natDetected);
        STEPS.put(Kind.NATT_PORTS, Replay::natTraversalPorts);
        STEPS.put(Kind.PHASE2_FAILED, Replay::noPhase2Proposal);
        STEPS.put(Kind.PHASE2_ESTABLISHED, Replay::phase2Up);
        STEPS.put(Kind.PEER_DELETED, Replay::clientDeletedSa);
        STEPS.put(Kind.PHASE2_PURGED, Replay::phase2Purged);
        STEPS.put(Kind.L2TP_FIRST_PACKET, Replay::l2tpStarted);
        STEPS.put(Kind.PPP_LOGGED_IN, Replay::loggedIn);
        STEPS.put(Kind.PPP_AUTHENTICATED, Replay::pppUp);
        STEPS.put(Kind.PPP_CONNECTED, Replay::pppUp);
        STEPS.put(Kind.PPP_AUTH_FAILED, Replay::authFailed);
        STEPS.put(Kind.PPP_TERMINATING, Replay::terminating);
        STEPS.put(Kind.PPP_LOGGED_OUT, Replay::disconnected);
        STEPS.put(Kind.PPP_DISCONNECTED, Replay::disconnected);
        STEPS.put(Kind.SA_PURGED, Replay::ikeSaGone);
        STEPS.put(Kind.SA_DELETED, Replay::ikeSaGone);
    }

    /** Looked for among the most recent attempts only: the answer is always a recent one. */
    private static final int RECENT = 500;

    private final AttemptBook<Attempt> all = new AttemptBook<>(a -> a.address);
    private LogTime pendingNoProposal;
    /** "rejected ..." lines name no address: they wait for the proposal failure that follows them. */
    private final List<LogFact> pendingRejected = new java.util.ArrayList<>();

    private final Timeline timeline;

    private Replay(Timeline timeline) {
        this.timeline = timeline;
    }

    /** The attempts told by one router's facts, in log order; gaps are measured on {@code timeline}. */
    static List<Attempt> of(List<LogFact> facts, Timeline timeline) {
        Replay replay = new Replay(timeline);
        for (LogFact f : facts) {
            Step step = STEPS.get(f.kind());
            if (step != null) {
                step.apply(replay, f);
            }
        }
        replay.all.forEach(Replay::closeAtEndOfLog);
        return replay.all;
    }

    // ---- IKE phase 1 ----------------------------------------------------------------------------

    private void phase1Started(LogFact f) {
        LogEvent e = f.event();
        Attempt last = latest(f.address(), null);
        if (last != null && last.open() && last.stage == Stage.PHASE1 && f.port().equals(last.port)) {
            last.step("phase 1 retransmitted", e);
            return;
        }
        Attempt a = new Attempt(f.address(), f.port(), Stage.PHASE1, e);
        a.routerInitiated = f.kind() == Kind.PHASE1_INITIATED;
        a.ipsecSeen = true;
        a.localAddress = f.detail();
        a.step(a.routerInitiated ? "phase 1 started by the router" : "phase 1", e);
        all.add(a);
    }

    private void ikeUp(LogFact f) {
        Attempt a = openAt(f.address(), Stage.PHASE1, f.event());
        a.port = f.port();
        if (f.detail() != null) {
            a.localAddress = f.detail();
        }
        a.reach(Stage.IKE_UP, f.event());
    }

    private void noPhase1Proposal(LogFact f) {
        if (f.address() == null) {
            pendingNoProposal = f.event().time(); // "no suitable proposal found", then the address's "failed"
        } else {
            fail(f, "no matching phase 1 proposal");
        }
    }

    private void phase1Failed(LogFact f) {
        boolean rejected = !pendingRejected.isEmpty()
                && timeline.withinSeconds(pendingRejected.get(pendingRejected.size() - 1).event(), f.event(), 5);
        fail(f, f.event().time().equals(pendingNoProposal) || rejected ? "no matching phase 1 proposal" : "phase 1 failed");
    }

    private void proposalRejected(LogFact f) {
        if (pendingRejected.size() >= RECENT) {
            pendingRejected.remove(0); // rejections no failure claimed: a debug log of scanners
        }
        pendingRejected.add(f);
    }

    private void fail(LogFact f, String why) {
        Attempt a = failureTarget(f);
        if (why.contains("proposal")) {
            // the rejections logged in the seconds before this address's proposal failure are its own
            for (LogFact r : pendingRejected) {
                if (timeline.withinSeconds(r.event(), f.event(), 5)) {
                    String line = r.user() + " " + r.detail();
                    if (!a.rejected.contains(line)) {
                        a.rejected.add(line);
                    }
                    a.note(r.event());
                }
            }
            pendingRejected.clear();
        }
        a.end("failed", why, f.event());
    }

    private void natDetected(LogFact f) {
        Attempt a = latestOpen();
        if (a != null && a.stage.ordinal() <= Stage.IKE_UP.ordinal()) {
            a.natSeenByRouter |= f.detail() != null && f.detail().contains("ME");
            a.step("NAT detected" + (f.detail() == null || f.detail().isBlank() ? "" : ": " + describeNat(f.detail())), f.event());
        }
    }

    /** "ME PEER" → "router and client behind NAT". */
    private static String describeNat(String who) {
        boolean me = who.contains("ME");
        boolean peer = who.contains("PEER");
        return me && peer ? "router and client behind NAT" : me ? "router behind NAT" : peer ? "client behind NAT" : who;
    }

    private void natTraversalPorts(LogFact f) {
        Attempt a = latest(f.address(), true);
        if (a != null) {
            a.port = f.port();
            a.note(f.event());
        }
    }

    // ---- IKE phase 2 (ESP) ----------------------------------------------------------------------

    private void noPhase2Proposal(LogFact f) {
        Attempt a = f.address() != null ? openAt(f.address(), Stage.IKE_UP, f.event()) : latestOpen();
        if (a != null) {
            a.end("failed", "no matching phase 2 proposal", f.event());
        }
    }

    /** Both directions are logged; the attempt is found by whichever address is the client's. */
    private void phase2Up(LogFact f) {
        Attempt a = latest(f.address(), true);
        if (a == null) {
            a = latest(f.detail(), true);
        }
        if (a == null) {
            return;
        }
        if (!a.reached(Stage.L2TP)) {
            a.phase2Count++; // one line per direction: two per negotiation
        }
        if (a.stage == Stage.PHASE2 && a.phase2Count > 2) {
            a.note(f.event()); // a re-key: the timeline says how many at the end
        } else {
            a.reach(Stage.PHASE2, f.event());
        }
    }

    private void clientDeletedSa(LogFact f) {
        Attempt a = latest(f.address(), true);
        if (a != null && !a.reached(Stage.L2TP)) {
            a.peerDeletes += "ESP".equals(f.detail()) ? 1 : 0;
            a.note(f.event());
        }
    }

    private void phase2Purged(LogFact f) {
        Attempt a = latestOpen();
        if (a != null && a.stage == Stage.PHASE2) {
            a.note(f.event());
        }
    }

    // ---- L2TP and PPP ---------------------------------------------------------------------------

    private void l2tpStarted(LogFact f) {
        Attempt a = latest(f.address(), true);
        if (a == null || a.reached(Stage.L2TP)) {
            if (a != null && a.stage == Stage.L2TP && a.user == null) {
                return; // the client's retransmission
            }
            a = new Attempt(f.address(), null, Stage.L2TP, f.event());
            all.add(a);
        }
        a.reach(Stage.L2TP, f.event());
    }

    private void loggedIn(LogFact f) {
        LogEvent e = f.event();
        Attempt a = f.address() != null ? latest(f.address(), true) : awaitingUser();
        if (a == null) {
            a = new Attempt(f.address() != null ? f.address() : "?", null, Stage.PPP_AUTH, e);
            all.add(a);
        }
        a.user = f.user();
        a.ipAddress = f.detail();
        all.user(a, a.user);
        a.reach(Stage.PPP_AUTH, e);
        a.steps.set(a.steps.size() - 1, e.time().clock() + " logged in as " + f.user() + " (" + f.detail() + ")");
    }

    private void pppUp(LogFact f) {
        Attempt a = byUser(f.user());
        if (a == null) {
            a = awaitingUser();
        }
        if (a == null) {
            return;
        }
        if (f.kind() == Kind.PPP_AUTHENTICATED && a.stage == Stage.PPP_AUTH) {
            a.note(f.event()); // already told by "logged in"
            return;
        }
        a.user = f.user();
        all.user(a, a.user);
        a.reach(f.kind() == Kind.PPP_CONNECTED ? Stage.CONNECTED : Stage.PPP_AUTH, f.event());
        if (f.kind() == Kind.PPP_CONNECTED && a.result == null) {
            a.result = "connected";
        }
    }

    private void authFailed(LogFact f) {
        Attempt a = latest(f.address(), true);
        if (a == null) {
            a = new Attempt(f.address(), null, Stage.L2TP, f.event());
            all.add(a);
        }
        if (f.user() != null) {
            a.user = f.user();
            all.user(a, a.user);
        }
        String detail = f.detail() != null && !f.detail().isBlank() ? ": " + f.detail()
                : f.user() != null ? " for user " + f.user() : "";
        a.end("failed", "PPP authentication failed" + detail, f.event());
    }

    private void terminating(LogFact f) {
        Attempt a = byUser(f.user());
        if (a != null) {
            a.end("dropped", f.detail() != null ? f.detail() : "terminated", f.event());
        }
    }

    private void disconnected(LogFact f) {
        Attempt a = byUser(f.user());
        if (a == null) {
            return;
        }
        if ("connected".equals(a.result) || a.result == null) {
            a.end("disconnected", null, f.event());
        } else if (a.steps.get(a.steps.size() - 1).endsWith(" disconnected")) {
            a.note(f.event()); // "logged out" and "disconnected" tell the same end
        } else {
            a.step("disconnected", f.event());
        }
    }

    private void ikeSaGone(LogFact f) {
        Attempt a = latest(f.address(), null);
        if (a != null && f.port().equals(a.port)) {
            a.step(f.kind() == Kind.SA_PURGED ? "IKE SA purged" : "IKE SA deleted", f.event());
        }
    }

    // ---- the end of the log ---------------------------------------------------------------------

    /** An attempt the log does not finish: where it stands and what that most likely means. */
    private static void closeAtEndOfLog(Attempt a) {
        if (a.phase2Negotiations() > 1 && !a.reached(Stage.L2TP)) {
            a.steps.add("phase 2 negotiated " + a.phase2Negotiations() + " times" + (a.peerDeletes > 0
                    ? ", the client deleted its SAs " + a.peerDeletes + " times" : ""));
        }
        if (a.result != null) {
            return;
        }
        a.result = switch (a.stage) {
            case PHASE1 -> "no-answer";
            case IKE_UP, PHASE2, L2TP -> "stalled";
            default -> "in-progress";
        };
        a.reason = switch (a.stage) {
            case PHASE1 -> "phase 1 did not complete within the log";
            case IKE_UP, PHASE2 -> stalledAfterIpsec(a);
            case L2TP -> a.ipsecSeen ? "L2TP started but no PPP login followed"
                    : "plain L2TP without IPsec, and no PPP login followed";
            default -> "still going when the log ends";
        };
    }

    private static String stalledAfterIpsec(Attempt a) {
        String why = "IKE is up but no L2TP packet followed";
        if (a.phase2Negotiations() > 1 && a.peerDeletes > 0) {
            why += "; the client set up IPsec " + a.phase2Negotiations() + " times and deleted it each time";
        }
        if (a.serverBehindNat()) {
            why += "; the router answers IKE on " + (a.localAddress != null && Addresses.isPrivate(a.localAddress)
                    ? "the private address " + a.localAddress : "an address behind NAT")
                    + " (behind NAT), which Windows refuses without AssumeUDPEncapsulationContextOnSendRule=2";
        }
        return why;
    }

    // ---- finding the attempt a fact belongs to --------------------------------------------------

    private Attempt latest(String address, Boolean open) {
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

    private Attempt latestOpen() {
        for (int i = all.size() - 1; i >= Math.max(0, all.size() - RECENT); i--) {
            if (all.get(i).open()) {
                return all.get(i);
            }
        }
        return null;
    }

    /** The open attempt from an address, or a new one if the log starts in the middle of it. */
    private Attempt openAt(String address, Stage stage, LogEvent e) {
        Attempt a = latest(address, true);
        if (a == null) {
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
    private Attempt failureTarget(LogFact f) {
        LogEvent e = f.event();
        List<Attempt> from = all.from(f.address());
        for (int i = from.size() - 1; i >= 0; i--) {
            Attempt a = from.get(i);
            boolean samePort = f.port() != null && f.port().equals(a.port);
            boolean connected = "connected".equals(a.result) || a.reached(Stage.PPP_AUTH);
            if (samePort || a.lastTime.equals(e.time()) && !connected
                    || a.open() && a.stage.ordinal() <= Stage.PHASE2.ordinal()) {
                return a;
            }
            if ("failed".equals(a.result) && a.stage.ordinal() <= Stage.IKE_UP.ordinal()
                    && timeline.withinSeconds(a.lastEvent, e, 60)) {
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

    private Attempt awaitingUser() {
        for (int i = all.size() - 1; i >= Math.max(0, all.size() - RECENT); i--) {
            Attempt a = all.get(i);
            if (a.open() && a.user == null && a.stage == Stage.L2TP) {
                return a;
            }
        }
        return null;
    }

    private Attempt byUser(String user) {
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
}
