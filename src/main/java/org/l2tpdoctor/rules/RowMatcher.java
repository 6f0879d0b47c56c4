package org.l2tpdoctor.rules;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.l2tpdoctor.model.Row;

/**
 * Evaluates a where-expression against one row, as RouterOS would: flags answer to their names
 * ({@code dynamic}, {@code !disabled}), {@code ~} is a regular expression, {@code <}/{@code >}
 * compare numbers and durations. A property the row does not show never matches a comparison —
 * no finding without evidence.
 */
final class RowMatcher {
    private static final Set<String> FLAG_NAMES = Set.of("disabled", "dynamic", "default", "template", "active",
            "invalid", "running", "responder", "natt-peer", "backup");

    private RowMatcher() {
    }

    static boolean matches(Expression e, Row row) {
        if (e instanceof Expression.And a) {
            return matches(a.left(), row) && matches(a.right(), row);
        }
        if (e instanceof Expression.Or o) {
            return matches(o.left(), row) || matches(o.right(), row);
        }
        if (e instanceof Expression.Not n) {
            return !matches(n.operand(), row);
        }
        if (e instanceof Expression.Presence p) {
            String v = valueOf(row, p.name());
            return v != null && !v.isEmpty() && !v.equals("no") && !v.equals("false");
        }
        Expression.Comparison c = (Expression.Comparison) e;
        String actual = valueOf(row, c.name());
        if (actual == null) {
            return false;
        }
        return switch (c.op()) {
            case "=" -> actual.equals(c.value());
            case "!=" -> !actual.equals(c.value());
            case "~" -> regex(c.value()).matcher(actual).find();
            case "in" -> Arrays.asList(actual.split(",")).contains(c.value())
                    || Arrays.asList(c.value().split(",")).contains(actual);
            default -> compare(actual, c.op(), c.value());
        };
    }

    /**
     * A {@code ~} comparison through a matcher of its pattern that the caller keeps and this
     * resets to the row's value: what {@link #matches} answers, without a new matcher per row.
     */
    static boolean finds(Expression.Comparison c, Row row, java.util.regex.Matcher kept) {
        String actual = valueOf(row, c.name());
        return actual != null && kept.reset(actual).find();
    }

    /** A matcher of a {@code ~} comparison's pattern, for {@link #finds}. */
    static java.util.regex.Matcher matcher(Expression.Comparison c) {
        return regex(c.value()).matcher("");
    }

    private static String valueOf(Row row, String name) {
        if (name.equals("comment")) {
            return row.comment();
        }
        String v = row.get(name);
        if (v == null) {
            return FLAG_NAMES.contains(name) ? row.hasFlag(name) ? "yes" : "no" : null;
        }
        // the row's flags first: most rows have none (a log's thousands of attempts), and that is one call
        return row.hasFlag(name) && FLAG_NAMES.contains(name) ? "yes" : v;
    }

    private static boolean compare(String actual, String op, String wanted) {
        OptionalDouble a = Durations.value(actual);
        OptionalDouble b = Durations.value(wanted);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int cmp = Double.compare(a.getAsDouble(), b.getAsDouble());
        return switch (op) {
            case "<" -> cmp < 0;
            case ">" -> cmp > 0;
            case "<=" -> cmp <= 0;
            default -> cmp >= 0;
        };
    }

    /** Compiled once per pattern text: a rule's regex is matched against every row of its menu. */
    private static Pattern regex(String text) {
        return PATTERNS.computeIfAbsent(text, t -> {
            try {
                return Pattern.compile(t);
            } catch (PatternSyntaxException e) {
                return Pattern.compile(Pattern.quote(t));
            }
        });
    }

    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();
}
