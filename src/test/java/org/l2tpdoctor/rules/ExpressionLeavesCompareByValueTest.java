package org.l2tpdoctor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * The leaves' equals and hashCode are written out (no ObjectMethods bootstrap at start-up); they must
 * still compare as a record's would, since the rule engine shares one answer per equal condition.
 */
class ExpressionLeavesCompareByValueTest {

    @Test
    void equalConditionsAreOneKeyAndAnyDifferentPartMakesAnother() {
        Expression.Comparison c = new Expression.Comparison("level", "!=", "unique");
        assertEquals(c, new Expression.Comparison("level", "!=", "unique"));
        assertEquals(c.hashCode(), new Expression.Comparison("level", "!=", "unique").hashCode());
        assertNotEquals(c, new Expression.Comparison("levels", "!=", "unique"));
        assertNotEquals(c, new Expression.Comparison("level", "=", "unique"));
        assertNotEquals(c, new Expression.Comparison("level", "!=", "require"));
        assertNotEquals(c, new Expression.Presence("level"));
        assertEquals(new Expression.Comparison("a", "=", null), new Expression.Comparison("a", "=", null));

        assertEquals(new Expression.Presence("dynamic"), new Expression.Presence("dynamic"));
        assertEquals(new Expression.Presence("dynamic").hashCode(), new Expression.Presence("dynamic").hashCode());
        assertNotEquals(new Expression.Presence("dynamic"), new Expression.Presence("disabled"));
    }
}
