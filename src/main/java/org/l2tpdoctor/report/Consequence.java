package org.l2tpdoctor.report;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * The order every format shows findings in: what stops every client first, then errors, warnings
 * and info; within a level, the finding with the stronger evidence first (what users were seen
 * to suffer before what the configuration merely allows), then the rule id so the order is stable.
 * Text, JSON, Markdown, the fix script and fleets all sort with {@link #ORDER}.
 */
public final class Consequence {
    /**
     * Causes that stop every client on their own, whatever else is wrong: while one of them stands,
     * fixing anything else changes nothing a user can see.
     */
    private static final Set<String> STOPS_EVERY_CLIENT = Set.of(
            "L2TP-SERVER-002",   // empty IPsec secret: no client passes phase 1
            "L2TP-SECRET-001",   // no PPP secret for L2TP: nobody logs in
            "L2TP-FW-001",       // a drop above the IPsec accepts
            "L2TP-FW-002",       // IKE / NAT-T dropped
            "L2TP-PEER-003",     // only IKEv2 peers: IKEv1 clients get no answer
            "L2TP-PROPOSAL-004", // no policy template: no phase 2 for anyone
            "L2TP-POLICY-003",   // RouterOS cannot add the policy at all
            "L2TP-AUTH-003");    // no MS-CHAPv2: the common clients cannot log in

    /** Menus whose rows show what happened to users (state and log), not what is configured. */
    private static final Set<String> OBSERVED = Set.of(Menus.LOG.path(), "/doctor attempt",
            Menus.ACTIVE_PEERS.path(), Menus.PPP_ACTIVE.path(), Menus.INSTALLED_SA.path(), "/doctor l2tp-session", "/doctor nat-group",
            "/doctor ipsec-count", "/doctor pool-usage");

    public static final Comparator<Outcome.Finding> ORDER = Comparator
            .comparing(Consequence::blocking).reversed()
            .thenComparing(Consequence::level, Comparator.reverseOrder())
            .thenComparing(Consequence::strength, Comparator.reverseOrder())
            .thenComparing(f -> f.rule().id());

    private Consequence() {
    }

    /** The findings in the order of their consequence. */
    public static List<Outcome.Finding> sorted(List<Outcome.Finding> findings) {
        return findings.stream().sorted(ORDER).toList();
    }

    /** The level this finding is reported at. */
    public static Level level(Outcome.Finding f) {
        return f.level();
    }

    /** An error whose cause stops every client by itself. */
    public static boolean blocking(Outcome.Finding f) {
        return level(f) == Level.ERROR && STOPS_EVERY_CLIENT.contains(f.rule().id());
    }

    /**
     * How strongly the evidence shows the consequence: first whether it records what users met
     * (log, sessions, peers, SAs) rather than only what is configured, then how many independent
     * menus corroborate it. Not the number of rows: a busy log would outweigh everything else.
     */
    static int strength(Outcome.Finding f) {
        boolean observed = f.evidence().stream().anyMatch(r -> OBSERVED.contains(r.menu()));
        long menus = f.evidence().stream().map(Row::menu).distinct().count();
        return (observed ? 100 : 0) + (int) Math.min(menus, 99);
    }

    /** "blocking error", "error", "warning", "info": the label a report shows for the finding. */
    public static String label(Outcome.Finding f) {
        return blocking(f) ? "blocking error" : level(f).label();
    }
}
