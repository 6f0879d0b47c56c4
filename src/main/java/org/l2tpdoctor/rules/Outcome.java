package org.l2tpdoctor.rules;

import java.util.List;
import org.l2tpdoctor.model.Row;

/** What a rule concluded: a finding, a pass, or that the input did not hold what it needs. */
public sealed interface Outcome {
    Rule rule();

    /** The rule fired. {@code fix} is the variant for the router's RouterOS flavour. */
    record Finding(Rule rule, List<Row> evidence, String fix, Level level, String because) implements Outcome {
        /** A finding at the rule's own level, with no severity step deciding it. */
        public Finding(Rule rule, List<Row> evidence, String fix) {
            this(rule, evidence, fix, rule.level(), "");
        }
    }

    record Passed(Rule rule) implements Outcome {
    }

    /** Not enough data: which menus were missing and the commands whose output would settle it. */
    record NotChecked(Rule rule, List<String> missing, List<String> commands) implements Outcome {
    }
}
