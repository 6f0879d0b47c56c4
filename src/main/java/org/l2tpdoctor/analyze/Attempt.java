package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.LogTime;

/** One client's connection attempt while the log is replayed ({@link Replay}); mutable, package-private. */
final class Attempt {
    /** Stages in the order a healthy connection passes them, with the layer each one belongs to. */
    enum Stage {
        PHASE1("phase 1", "ike"), IKE_UP("IKE up", "ike"), PHASE2("phase 2", "esp"), L2TP("L2TP", "l2tp"),
        PPP_AUTH("PPP auth", "ppp"), CONNECTED("connected", "ip");

        final String label;
        final String layer;
        /** ike-up, ppp-auth...: made once, not per attempt's row */
        private final String id;

        Stage(String label, String layer) {
            this.label = label;
            this.layer = layer;
            this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        String id() {
            return id;
        }
    }

    final String address;
    String port;
    String user;
    String localAddress;
    String ipAddress;
    Stage stage;
    String result;
    String reason;
    boolean ipsecSeen;
    boolean routerInitiated;
    boolean natSeenByRouter;
    int phase2Count;
    int peerDeletes;
    /** The "rejected" lines the attempt drew, as "type local:peer" (hashtype MD5:SHA). */
    final List<String> rejected = new ArrayList<>();
    final List<String> steps = new ArrayList<>();
    final List<LogEvent> events = new ArrayList<>();
    final LogTime firstTime;
    LogTime lastTime;
    /** The first and the latest record of the attempt, to measure gaps on the log's timeline. */
    final LogEvent firstEvent;
    LogEvent lastEvent;

    Attempt(String address, String port, Stage stage, LogEvent first) {
        this.address = address;
        this.port = port;
        this.stage = stage;
        this.firstTime = first.time();
        this.lastTime = first.time();
        this.firstEvent = first;
        this.lastEvent = first;
    }

    /** IPsec-SA negotiations before L2TP: RouterOS logs one "IPsec-SA established" per direction. */
    int phase2Negotiations() {
        return (phase2Count + 1) / 2;
    }

    /** The layer the attempt failed at, or null when it did not fail (connected, disconnected, in progress). */
    String failedLayer() {
        if ("failed".equals(result) || "stalled".equals(result) || "no-answer".equals(result)) {
            return reason != null && reason.startsWith("PPP authentication") ? "ppp"
                    : "stalled".equals(result) ? next(stage).layer : stage == Stage.IKE_UP ? "ike" : stage.layer;
        }
        return null; // connected, disconnected, dropped after connecting, or still going

    }

    /** The stage after {@code s}: a stall is a failure to reach it. */
    private static Stage next(Stage s) {
        return Stage.values()[Math.min(s.ordinal() + 1, Stage.values().length - 1)];
    }

    boolean open() {
        return result == null;
    }

    boolean reached(Stage s) {
        return stage.ordinal() >= s.ordinal();
    }

    void reach(Stage next, LogEvent e) {
        if (next.ordinal() > stage.ordinal()) {
            stage = next;
        }
        step(next.label, e);
    }

    void step(String label, LogEvent e) {
        steps.add(e.time().clock() + " " + label);
        events.add(e);
        lastTime = e.time();
        lastEvent = e;
    }

    /** Evidence without a step of its own (the same event told again, or a detail of one). */
    void note(LogEvent e) {
        events.add(e);
        lastTime = e.time();
        lastEvent = e;
    }

    void end(String outcome, String why, LogEvent e) {
        if (result == null || "connected".equals(result)) {
            result = outcome;
            reason = why;
            step(outcome + (why != null ? " (" + why + ")" : ""), e);
        } else if (!e.time().equals(lastTime) && why != null && !why.equals(reason)) {
            step(why, e); // a later echo of the same failure, such as the final "time up"
        } else {
            note(e); // the same failure told in one more line, or repeated
        }
    }

    /**
     * The router answered IKE on a private address, or said NAT is on its side ("NAT detected: ME"):
     * it sits behind NAT, which Windows refuses by default.
     */
    boolean serverBehindNat() {
        return natSeenByRouter || localAddress != null && Addresses.isPrivate(localAddress);
    }
}
