package org.l2tpdoctor.report;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.SectionSummary;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.rules.Diagnosis;

/**
 * The counts a monitoring system graphs for one router: IPsec peers, PPP sessions, SA pairs and
 * the log's connection attempts by result. A count is null when its menu was not read: a missing
 * table is unknown, not zero (the plugin prints {@code U}, the metrics leave the sample out).
 */
public record Vitals(Integer ipsecPeers, Integer pppSessions, Integer saPairs, Map<String, Integer> attemptsByResult,
                     Integer stalledClients) {

    static final String ACTIVE_PEERS = Menus.ACTIVE_PEERS.path();
    static final String PPP_ACTIVE = Menus.PPP_ACTIVE.path();
    static final String INSTALLED_SA = Menus.INSTALLED_SA.path();
    static final String ATTEMPTS = "/doctor attempt";
    static final String IPSEC_COUNT = "/doctor ipsec-count";

    /** Attempt results as the log replay names them, so a graph has the same series on every router. */
    public static final List<String> RESULTS = List.of("connected", "failed", "dropped", "disconnected", "stalled",
            "no-answer", "in-progress");

    public Vitals {
        attemptsByResult = attemptsByResult == null ? null : Map.copyOf(attemptsByResult);
    }

    public static Vitals of(Diagnosis d) {
        Snapshot s = d.snapshot();
        Integer peers = s.hasMenu(ACTIVE_PEERS) ? s.rows(ACTIVE_PEERS).size() : null;
        Integer sessions = s.hasMenu(PPP_ACTIVE) ? s.rows(PPP_ACTIVE).size() : null;
        Integer pairs = saPairs(s);
        Map<String, Integer> attempts = null;
        Integer stalled = null;
        if (logRead(s)) {
            Map<String, Integer> byResult = new TreeMap<>();
            RESULTS.forEach(r -> byResult.put(r, 0));
            Set<String> stalledClients = new HashSet<>();
            for (Row a : s.rows(ATTEMPTS)) {
                String result = a.get("result") == null ? "in-progress" : a.get("result");
                byResult.merge(result, 1, Integer::sum);
                if ("stalled".equals(result)) {
                    stalledClients.add(a.get("address") + ":" + a.get("port"));
                }
            }
            attempts = byResult;
            stalled = stalledClients.size();
        }
        return new Vitals(peers, sessions, pairs, attempts, stalled);
    }

    /** Attempts that ended in a failure the log states (a wrong key, no proposal, a refused login...). */
    public Integer failedAttempts() {
        return attemptsByResult == null ? null : attemptsByResult.getOrDefault("failed", 0);
    }

    /**
     * Live SA pairs: the road-warrior count of {@code /doctor ipsec-count} when it could be made
     * (site-to-site and dying SAs left out), else every installed SA that is not dying or dead.
     */
    private static Integer saPairs(Snapshot s) {
        if (!s.hasMenu(INSTALLED_SA)) {
            return null;
        }
        for (Row count : s.rows(IPSEC_COUNT)) {
            String sas = count.get("installed-sa");
            if (sas != null && sas.matches("\\d+")) {
                return Integer.parseInt(sas) / 2;
            }
        }
        long live = s.rows(INSTALLED_SA).stream().filter(sa -> {
            String state = sa.properties().getOrDefault("state", "mature");
            return !state.equals("dying") && !state.equals("dead");
        }).count();
        return (int) (live / 2);
    }

    /** Whether the log was read at all: without it, zero attempts would be a guess. */
    private static boolean logRead(Snapshot s) {
        return !s.events().isEmpty() || s.sections().stream().anyMatch(Vitals::isLog);
    }

    /** A section that holds (or was to hold) the router's log. */
    static boolean isLog(SectionSummary section) {
        return section.menu() != null && section.menu().startsWith(Menus.LOG.path())
                || section.command() != null && section.command().contains(Menus.LOG.path());
    }
}
