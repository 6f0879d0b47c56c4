package org.l2tpdoctor.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.l2tpdoctor.report.RuleText;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.rules.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code explain RULE-ID}: everything about one rule, and what it concluded on the evidence. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains one rule, and its verdict on the evidence.",
            "Symptoms, detection, why, fix, verify, references."})
final class ExplainCommand implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "RULE-ID", completionCandidates = Completions.RuleId.class,
            description = "For example L2TP-NAT-001 ('rules' lists them).")
    String id;

    ExplainCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ShellError {
        List<Rule> rules = context.session().rules();
        Rule rule = rules.stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst().orElse(null);
        if (rule == null) {
            String wanted = id.toUpperCase(Locale.ROOT);
            List<String> near = rules.stream().map(Rule::id).filter(r -> r.contains(wanted)).limit(6).toList();
            throw new ShellError("no rule " + id + (near.isEmpty() ? "" : " (did you mean " + String.join(", ", near)
                    + "?)") + "; 'rules' lists them all");
        }
        PrintWriter out = context.out();
        RuleText.print(rule, out);
        if (context.session().hasEvidence()) {
            context.session().diagnosis().outcomes().stream().filter(o -> o.rule().id().equals(rule.id()))
                    .findFirst().ifPresent(o -> out.println("On the evidence: " + verdict(o)));
        }
        return 0;
    }

    static String verdict(Outcome o) {
        if (o instanceof Outcome.Finding f) {
            return "fires (" + f.evidence().size() + " evidence row(s)); 'diagnose' shows them";
        }
        if (o instanceof Outcome.NotChecked n) {
            return "not checked, not enough data: paste " + String.join(", ", n.commands());
        }
        return "passed";
    }
}
