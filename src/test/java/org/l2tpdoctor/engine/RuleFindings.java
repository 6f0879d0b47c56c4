package org.l2tpdoctor.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleLoader;

/** One rule's finding on one paste, with the shipped rules: what a severity test looks at. */
final class RuleFindings {
    private static final Path RULES = Path.of("rules");

    private RuleFindings() {
    }

    /** The finding of {@code rule} on {@code paste} in {@code folder}, if the rule reports one. */
    static Optional<Outcome.Finding> of(Path folder, String paste, String rule) throws Exception {
        List<Rule> rules = RuleLoader.fromFolder(RULES);
        return RuleTester.diagnose(rules, folder, paste).outcomes().stream()
                .filter(o -> o.rule().id().equals(rule) && o instanceof Outcome.Finding)
                .map(o -> (Outcome.Finding) o).findFirst();
    }

    /** The same for a rule fixture. */
    static Optional<Outcome.Finding> ofFixture(String fixture, String rule) throws Exception {
        return of(RULES.resolve("fixtures"), fixture, rule);
    }
}
