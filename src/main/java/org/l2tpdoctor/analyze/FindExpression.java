package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Row;

/**
 * The {@code [find where ...]} body that names one firewall rule by what it is, not by its item
 * number: its comment when it has one, else its chain, action and matchers. Item numbers read
 * from an export or an earlier print are wrong on the live router (dynamic rules, such as the
 * fasttrack counter, are numbered first), so a fix never uses them.
 */
final class FindExpression {
    /** Properties that are not matchers: counters, flags, logging, what the parser adds. */
    private static final Set<String> NOT_MATCHERS = Set.of("bytes", "packets", "log", "log-prefix", "disabled",
            "dynamic", "invalid", ".truncated", ".words", "hw-offload", "comment");

    /** A value that needs no quotes in a where-expression. */
    private static final java.util.regex.Pattern BARE = java.util.regex.Pattern.compile("[A-Za-z0-9._/:-]+");

    private FindExpression() {
    }

    static String of(Row rule) {
        if (rule.comment() != null && !rule.comment().isBlank()) {
            return "chain=" + value(rule.get("chain")) + " and comment=" + quoted(rule.comment().strip());
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : rule.properties().entrySet()) {
            if (!NOT_MATCHERS.contains(e.getKey()) && !e.getKey().startsWith(".")) {
                parts.add(e.getKey() + "=" + value(e.getValue()));
            }
        }
        if (!rule.properties().containsKey("action")) {
            parts.add("action=accept");
        }
        return String.join(" and ", parts);
    }

    private static String value(String v) {
        if (v == null) {
            return "\"\"";
        }
        return BARE.matcher(v).matches() ? v : quoted(v);
    }

    private static String quoted(String v) {
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
