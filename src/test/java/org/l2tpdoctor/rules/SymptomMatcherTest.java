package org.l2tpdoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user's words find the rules that list that symptom, best first; unrelated words find none. */
class SymptomMatcherTest {
    private final List<Rule> rules = load();

    private static List<Rule> load() {
        try {
            return RuleLoader.fromFolder(Path.of("rules"));
        } catch (RuleSyntaxError e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void secondClientWordingRanksTheNatRuleFirst() {
        List<SymptomMatcher.Match> m = SymptomMatcher.rank("The SECOND client behind our office router fails", rules);
        assertThat(m).isNotEmpty();
        assertThat(m.get(0).rule().symptoms()).anyMatch(s -> s.contains("second client"));
    }

    @Test
    void unrelatedWordsMatchNothing() {
        assertThat(SymptomMatcher.rank("printer is out of toner", rules)).isEmpty();
    }
}
