package org.l2tpdoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.Row;

/** Where-expressions behave as in RouterOS, and a property the row does not show never matches. */
class RowMatcherTest {
    private static final Row POLICY = new Row("/ip ipsec policy", "1", Set.of("dynamic", "active"),
            Map.of("level", "require", "dst-port", "1701", "ph2-count", "2", "dpd-interval", "2m"), "office", new Origin("t", 1));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "level=require | true",
        "level!=unique | true",
        "level!=require | false",
        "missing=x | false",
        "missing!=x | false",
        "dynamic | true",
        "!dynamic | false",
        "disabled | false",
        "!disabled and active | true",
        "level~\"^req\" | true",
        "ph2-count>=2 and ph2-count<3 | true",
        "dpd-interval>30s | true",
        "dpd-interval<=1m | false",
        "(dst-port=500 or dst-port=1701) and level=require | true",
        "not (level=require) | false",
        "comment=office | true",
    })
    void evaluates(String expression, boolean expected) throws RuleSyntaxError {
        Query q = WhereParser.query("/ip ipsec policy where " + expression);
        assertThat(RowMatcher.matches(q.where().orElseThrow(), POLICY)).isEqualTo(expected);
    }
}
