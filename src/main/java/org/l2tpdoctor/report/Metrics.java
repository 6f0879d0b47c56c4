package org.l2tpdoctor.report;

import java.util.List;
import java.util.Map;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.text.Secrets;

/**
 * The Prometheus metrics of one router or a fleet, every sample labelled with its router: for
 * node_exporter's textfile collector and for {@code l2tpdoctor serve}. Names follow the
 * exposition guidelines (base units, no {@code _total} on gauges) so that {@code promtool check
 * metrics} passes. A count whose menu was not read has no sample: absent, not zero.
 */
public final class Metrics {
    static final String UP = "l2tpdoctor_router_up";
    static final String COMPLETE = "l2tpdoctor_router_reading_complete";
    static final String UNREAD = "l2tpdoctor_router_unread";
    static final String DURATION = "l2tpdoctor_collect_duration_seconds";
    static final String INFO = "l2tpdoctor_router_info";
    static final String PEERS = "l2tpdoctor_ipsec_active_peers";
    static final String SESSIONS = "l2tpdoctor_ppp_active_sessions";
    static final String SA_PAIRS = "l2tpdoctor_ipsec_sa_pairs";
    static final String ATTEMPTS = "l2tpdoctor_log_attempts";
    static final String STALLED = "l2tpdoctor_stalled_clients";
    static final String FINDINGS = "l2tpdoctor_findings";
    static final String FINDING = "l2tpdoctor_finding";

    private Metrics() {
    }

    /** Declares every family up front, so HELP and TYPE come out in one fixed order. */
    public static Exposition families() {
        return new Exposition()
                .gauge(UP, "1 when the router was reached and read over SSH, 0 when it could not be read at all.")
                .gauge(UNREAD, "1, with the reason as a label, for a router that could not be read (router_up 0): unreachable, "
                        + "host_key_unknown, host_key_changed, incompatible, login_failed, no_answer, rejected, timed_out, "
                        + "not_checked, failed. No sample for a router that was read.")
                .gauge(COMPLETE, "1 when every command was answered, 0 when the reading stopped part-way.")
                .gauge(DURATION, "Seconds the reading of the router took.")
                .gauge(INFO, "The router's RouterOS version and identity, as labels; always 1.")
                .gauge(PEERS, "IPsec active peers (remote-peers on RouterOS 6).")
                .gauge(SESSIONS, "Active PPP sessions.")
                .gauge(SA_PAIRS, "Live installed IPsec SA pairs of road-warrior clients (dying SAs left out).")
                .gauge(ATTEMPTS, "Connection attempts in the router's ipsec/l2tp/ppp log, by how they ended.")
                .gauge(STALLED, "Clients (address and NAT port) with an attempt that stalled after IKE: no L2TP, or no PPP login, followed.")
                .gauge(FINDINGS, "Findings of the router by level: error, warning, info.")
                .gauge(FINDING, "1 for each finding: the rule that fired and its level.");
    }

    public static Exposition of(List<Monitored> routers) {
        Exposition e = families();
        java.util.Set<String> seen = new java.util.HashSet<>();
        // a router named twice would give every series twice, which a parser rejects: the first reading counts
        routers.stream().filter(m -> seen.add(m.router())).forEach(m -> add(e, m));
        return e;
    }

    static void add(Exposition e, Monitored m) {
        String r = Secrets.text(m.router());
        e.sample(UP, m.read() ? 1 : 0, "router", r);
        if (!m.read()) {
            e.sample(UNREAD, 1, "router", r, "reason", m.unread().token());
        }
        e.sample(COMPLETE, m.read() && m.complete() ? 1 : 0, "router", r);
        if (m.elapsed() != null) {
            e.sample(DURATION, m.elapsed().toNanos() / 1e9, "router", r);
        }
        if (!m.read()) {
            return;
        }
        var snapshot = m.diagnosis().snapshot();
        e.sample(INFO, 1, "router", r, "version", snapshot.version().known() ? snapshot.version().text() : "",
                "identity", Secrets.text(snapshot.identity().orElse("")));
        Vitals v = Vitals.of(m.diagnosis());
        optional(e, PEERS, v.ipsecPeers(), r);
        optional(e, SESSIONS, v.pppSessions(), r);
        optional(e, SA_PAIRS, v.saPairs(), r);
        if (v.attemptsByResult() != null) {
            for (String result : Vitals.RESULTS) {
                e.sample(ATTEMPTS, v.attemptsByResult().getOrDefault(result, 0), "router", r, "result", result);
            }
            v.attemptsByResult().entrySet().stream().filter(x -> !Vitals.RESULTS.contains(x.getKey()))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(x -> e.sample(ATTEMPTS, x.getValue(), "router", r, "result", x.getKey()));
        }
        optional(e, STALLED, v.stalledClients(), r);
        for (Level level : new Level[] {Level.ERROR, Level.WARNING, Level.INFO}) {
            long n = m.diagnosis().findings().stream().filter(f -> f.level() == level).count();
            e.sample(FINDINGS, n, "router", r, "level", level.label());
        }
        for (Outcome.Finding f : m.diagnosis().findings()) {
            e.sample(FINDING, 1, "router", r, "rule", f.rule().id(), "level", f.level().label());
        }
    }

    private static void optional(Exposition e, String name, Integer value, String router) {
        if (value != null) {
            e.sample(name, value, "router", router);
        }
    }
}
