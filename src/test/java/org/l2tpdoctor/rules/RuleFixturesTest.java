package org.l2tpdoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.analyze.Analyze;

/** Each rule fires on its "fires" fixtures and stays silent (passes) on its "silent" ones. */
class RuleFixturesTest {
    static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicTest> everyRuleMeetsItsFixtures() throws RuleSyntaxError {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RuleLoader.fromFolder(RULES)) {
            assertThat(rule.firesOn()).as(rule.id() + " needs a fixture that fires").isNotEmpty();
            assertThat(rule.silentOn()).as(rule.id() + " needs a silent fixture").isNotEmpty();
            for (String fixture : rule.firesOn()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " fires on " + fixture, () ->
                        assertThat(outcome(rule, fixture)).isInstanceOf(Outcome.Finding.class)));
            }
            for (String fixture : rule.silentOn()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " is silent on " + fixture, () ->
                        assertThat(outcome(rule, fixture)).isInstanceOf(Outcome.Passed.class)));
            }
        }
        return tests.stream();
    }

    private static Outcome outcome(Rule rule, String fixture) throws java.io.IOException {
        // with the symptom a user would give with the paste, when NAME.symptom sits beside it
        return org.l2tpdoctor.engine.RuleTester.engine(List.of(rule), RULES.resolve("fixtures"), fixture).evaluate(rule,
                Analyze.run(TestParsing.file(RULES.resolve("fixtures").resolve(fixture))));
    }
}
