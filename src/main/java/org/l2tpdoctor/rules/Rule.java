package org.l2tpdoctor.rules;

import java.util.List;
import java.util.Map;

/**
 * One diagnosis rule as kept in {@code rules/ID.yaml}: what it looks for (named selections in
 * {@code print where} syntax and a condition over them), why it matters, the fix per RouterOS
 * flavour, how to verify, and the fixtures that must make it fire or stay silent.
 */
public record Rule(
        String id,
        String title,
        Level level,
        List<String> symptoms,
        Map<String, Query> selections,
        Expression condition,
        List<String> requires,
        String why,
        Map<String, String> fix,
        List<String> verify,
        List<String> client,
        List<String> references,
        List<String> firesOn,
        List<String> silentOn,
        String file,
        List<Severity> severity,
        boolean blocking) {

    public static final String FIX_DEFAULT = "default";
    /** RouterOS before 6.43: secret, generate-policy and phase 1 live on /ip ipsec peer. */
    public static final String FIX_LEGACY_PEER = "legacy-peer";

    /**
     * A blocking cause ({@code blocking: true}): while it holds, nothing that depends on it can
     * work (a disabled server, no secret for l2tp), so a report names it first, as the cause.
     */

    /** The levels this rule can report at: its own and every severity step's. */
    public boolean canReportAt(Level at) {
        return level.compareTo(at) >= 0 || severity.stream().anyMatch(s -> s.level().compareTo(at) >= 0);
    }
}
