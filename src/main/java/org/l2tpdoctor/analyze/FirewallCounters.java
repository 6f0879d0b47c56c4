package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Row;

/**
 * A firewall's counters joined to its rules. {@code print stats} shows only each rule's chain,
 * action, bytes and packets; its matchers come from {@code print detail}. A paste of both holds
 * every rule twice, and walking both would meet each rule twice and the stats copy as a rule that
 * matches everything. So a stats row whose item number a detail row also has lends that row its
 * counters and is dropped; a paste with the stats print alone is left as it is.
 */
final class FirewallCounters {
    private static final Set<String> STATS_ONLY = Set.of("chain", "action", "bytes", "packets");

    private FirewallCounters() {
    }

    static List<Row> merged(List<Row> rules) {
        Map<String, Row> stats = new HashMap<>();
        boolean detail = false;
        for (Row r : rules) {
            if (isStats(r)) {
                stats.putIfAbsent(r.id(), r);
            } else {
                detail = true;
            }
        }
        if (stats.isEmpty() || !detail) {
            return rules;
        }
        List<Row> out = new ArrayList<>();
        for (Row r : rules) {
            if (isStats(r)) {
                continue;
            }
            Row counted = r.id() != null ? stats.get(r.id()) : null;
            if (counted != null && counted.get("chain") != null && counted.get("chain").equals(r.get("chain"))
                    && r.get("packets") == null) {
                Map<String, String> p = new LinkedHashMap<>(r.properties());
                p.put("bytes", count(counted.get("bytes")));
                p.put("packets", count(counted.get("packets")));
                out.add(new Row(r.menu(), r.id(), r.flags(), p, r.comment(), r.origin()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** A row of a {@code print stats} table: counters, chain and action, nothing to match on. */
    private static boolean isStats(Row r) {
        return r.id() != null && r.get("packets") != null && STATS_ONLY.containsAll(r.properties().keySet());
    }

    /** A counter as a number: RouterOS groups thousands with spaces in a stats table ("12 334"). */
    static String count(String value) {
        // what replaceAll("[\\s\\u00a0\\u202f]", "") gives, without compiling that pattern for every
        // rule of every router (a fleet's diagnosis spent 7% of its allocation here)
        if (value == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isGroupingSpace(c)) {
                if (out == null) {
                    out = new StringBuilder(value.length()).append(value, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    /** The regular expression's {@code \\s} (ASCII white space), a no-break space or a narrow no-break space. */
    private static boolean isGroupingSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00a0' || c == '\u202f';
    }
}
