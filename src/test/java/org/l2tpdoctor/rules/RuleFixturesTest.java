package org.l2tpdoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.l2tpdoctor.engine.RuleTester;

/** Each rule fires on its "fires" fixtures and stays silent (passes) on its "silent" ones. */
class RuleFixturesTest {
    static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicTest> everyRuleMeetsItsFixtures() throws RuleSyntaxError, IOException {
        List<Rule> rules = RuleLoader.fromFolder(RULES);
        for (Rule rule : rules) {
            assertThat(rule.firesOn()).as(rule.id() + " needs a fixture that fires").isNotEmpty();
            assertThat(rule.silentOn()).as(rule.id() + " needs a silent fixture").isNotEmpty();
        }
        // through the engine, as 'rules test' runs them: with the symptom a user would give with
        // the paste, when NAME.symptom sits beside it
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleTester.Result r : RuleTester.run(rules, RULES.resolve("fixtures"))) {
            String name = r.rule().id() + (r.expectFire() ? " fires on " : " is silent on ") + r.fixture();
            tests.add(DynamicTest.dynamicTest(name, () -> assertThat(r.outcome())
                    .isInstanceOf(r.expectFire() ? Outcome.Finding.class : Outcome.Passed.class)));
        }
        return tests.stream();
    }
}
