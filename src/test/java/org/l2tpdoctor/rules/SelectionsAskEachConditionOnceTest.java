package org.l2tpdoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.Row;

/**
 * {@link Selections} keeps each condition's answer per row across the selections of one
 * evaluation; the rows it picks must be the ones {@link RowMatcher} picks row by row, in order,
 * for any mix of selections over several menus that share conditions: generated rows (flags,
 * missing properties, numbers and durations) and generated where-expressions of and/or/not over
 * a small set of comparisons, so the same comparison recurs in many selections and menus.
 */
class SelectionsAskEachConditionOnceTest {
    private static final String[] NAMES = {"result", "stage", "ipsec", "port", "reason", "disabled", "previous-gap"};
    private static final String[][] VALUES = {
        {"failed", "stalled", "connected", null},
        {"phase1", "ike-up", "phase2", "l2tp", null},
        {"yes", "no", null},
        {"500", "4500", "", null},
        {"phase 1 timed out", "pre-shared key mismatch", "PPP authentication failed: CHAP challenge", null},
        {"yes", "no", null},
        {"5m", "30s", "1h2m", "x", null}};
    private static final String[] OPS = {"=", "!=", "~", "<=", ">", "in"};

    @Test
    void picksTheRowsRowMatcherPicksInOrderWhateverTheConditionsShared() {
        Random random = new Random(18);
        for (int round = 0; round < 15; round++) {
            List<List<Row>> menus = List.of(rows(random, 300), rows(random, 50), rows(random, 1), List.of());
            Selections selections = new Selections();
            for (int q = 0; q < 60; q++) {
                List<Row> rows = menus.get(random.nextInt(menus.size()));
                Expression where = expression(random, 3);
                List<Row> expected = new ArrayList<>();
                for (Row r : rows) {
                    if (RowMatcher.matches(where, r)) {
                        expected.add(r);
                    }
                }
                assertThat(selections.matching(rows, where)).as(where.toString()).containsExactlyElementsOf(expected);
            }
        }
    }

    private static List<Row> rows(Random random, int n) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> p = new LinkedHashMap<>();
            for (int k = 0; k < NAMES.length; k++) {
                String v = VALUES[k][random.nextInt(VALUES[k].length)];
                if (v != null) {
                    p.put(NAMES[k], v);
                }
            }
            Set<String> flags = random.nextInt(4) == 0 ? Set.of("disabled") : Set.of();
            rows.add(new Row("/doctor attempt", null, flags, p, null, new Origin("test", i)));
        }
        return rows;
    }

    private static Expression expression(Random random, int depth) {
        int kind = depth == 0 ? 3 + random.nextInt(2) : random.nextInt(5);
        return switch (kind) {
            case 0 -> new Expression.And(expression(random, depth - 1), expression(random, depth - 1));
            case 1 -> new Expression.Or(expression(random, depth - 1), expression(random, depth - 1));
            case 2 -> new Expression.Not(expression(random, depth - 1));
            case 3 -> new Expression.Presence(NAMES[random.nextInt(NAMES.length)]);
            default -> {
                int k = random.nextInt(NAMES.length);
                String value = VALUES[k][random.nextInt(VALUES[k].length - 1)];
                String op = OPS[random.nextInt(OPS.length)];
                yield new Expression.Comparison(NAMES[k], op, op.equals("~") && !value.isEmpty() ? value.substring(0, 1 + random.nextInt(value.length())) : value);
            }
        };
    }
}
