package org.l2tpdoctor.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.l2tpdoctor.model.Row;

/**
 * The rows each selection picks during one evaluation of all rules, with each condition on a row
 * asked at most once. Rules repeat conditions over the same menu (32 selections over a big log's
 * thousands of attempts ask {@code result=stalled}, {@code ipsec=yes} or a {@code stage=} again
 * and again), and a row's property lookup is the cost: each is a map of some 25 properties, so
 * a lookup misses the cache more than it computes. A leaf of a where-expression (a comparison or
 * a bare name) gives the same answer for the same row whichever rule asks ({@link RowMatcher} is
 * a function of the two), so its answers are kept per row, computed on first need, and
 * {@code and}/{@code or}/{@code not} combine them as {@link RowMatcher#matches} does, short-cut
 * the same way: the rows picked are the same, in the same order.
 */
final class Selections {
    /** Per menu's rows (by identity), per leaf (by value: the same comparison in two rules is one). */
    private final Map<List<Row>, Map<Expression, byte[]>> answers = new IdentityHashMap<>();

    /** The rows {@code where} picks, in order. */
    List<Row> matching(List<Row> rows, Expression where) {
        Map<Expression, byte[]> leaves = answers.computeIfAbsent(rows, k -> new HashMap<>());
        Node node = node(where, leaves, rows.size());
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (node.test(i, r)) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static Node node(Expression e, Map<Expression, byte[]> leaves, int rows) {
        if (e instanceof Expression.And a) {
            return new And(node(a.left(), leaves, rows), node(a.right(), leaves, rows));
        }
        if (e instanceof Expression.Or o) {
            return new Or(node(o.left(), leaves, rows), node(o.right(), leaves, rows));
        }
        if (e instanceof Expression.Not n) {
            return new Not(node(n.operand(), leaves, rows));
        }
        return new Leaf(e, leaves.computeIfAbsent(e, k -> new byte[rows]));
    }

    private abstract static class Node {
        abstract boolean test(int i, Row r);
    }

    private static final class And extends Node {
        private final Node left;
        private final Node right;

        And(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        @Override
        boolean test(int i, Row r) {
            return left.test(i, r) && right.test(i, r);
        }
    }

    private static final class Or extends Node {
        private final Node left;
        private final Node right;

        Or(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        @Override
        boolean test(int i, Row r) {
            return left.test(i, r) || right.test(i, r);
        }
    }

    private static final class Not extends Node {
        private final Node operand;

        Not(Node operand) {
            this.operand = operand;
        }

        @Override
        boolean test(int i, Row r) {
            return !operand.test(i, r);
        }
    }

    /** A comparison or a bare name, with its answer per row: 0 not asked yet, 1 no, 2 yes. */
    private static final class Leaf extends Node {
        private static final byte NO = 1;
        private static final byte YES = 2;

        private final Expression leaf;
        private final byte[] answers;
        /** For a {@code ~} comparison, one matcher reset to each row's value (a new one per row was most of the rules' allocation). */
        private final Matcher matcher;

        Leaf(Expression leaf, byte[] answers) {
            this.leaf = leaf;
            this.answers = answers;
            this.matcher = leaf instanceof Expression.Comparison c && c.op().equals("~") ? RowMatcher.matcher(c) : null;
        }

        @Override
        boolean test(int i, Row r) {
            byte answer = answers[i];
            if (answer == 0) {
                boolean yes = matcher != null ? RowMatcher.finds((Expression.Comparison) leaf, r, matcher) : RowMatcher.matches(leaf, r);
                answer = yes ? YES : NO;
                answers[i] = answer;
            }
            return answer == YES;
        }
    }
}
