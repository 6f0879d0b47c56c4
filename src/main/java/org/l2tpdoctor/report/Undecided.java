package org.l2tpdoctor.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.rules.Query;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalText;

/**
 * Checks that ran but could not decide: a derived fact ({@code /doctor ...}) left undecided says
 * what evidence would decide it in its {@code missing} property (ClientRoute's
 * {@code route-back=unknown}), and a rule reading that menu passed only for want of it. The
 * report says so beside the checks that need more data, so it does not read as passed.
 */
final class Undecided {
    private Undecided() {
    }

    /** One rule that passed undecided, and the evidence that would decide it (terminal-safe, masked). */
    record Check(String rule, String missing) {
        /** "L2TP-ROUTE-001: needs the router's default route: ..." */
        String text() {
            return rule + ": needs " + missing;
        }
    }

    static List<Check> of(Diagnosis d) {
        List<Check> out = new ArrayList<>();
        for (Outcome o : d.outcomes()) {
            if (!(o instanceof Outcome.Passed)) {
                continue;
            }
            Set<String> missing = new LinkedHashSet<>();
            for (Query q : o.rule().selections().values()) {
                if (q.menu().startsWith("/doctor ")) {
                    for (Row r : d.snapshot().rows(q.menu())) {
                        if (r.get("missing") != null) {
                            missing.add(r.get("missing"));
                        }
                    }
                }
            }
            missing.forEach(m -> out.add(new Check(o.rule().id(), TerminalText.safe(Secrets.text(m)))));
        }
        return out;
    }
}
