package org.l2tpdoctor.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.rules.Rule;
import picocli.CommandLine.Command;

/** {@code rules}: one line per rule, with its verdict when there is evidence. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists the rules, with their verdicts when there is evidence.",
            "One line each: verdict (FAIL, WARN, INFO, ok, n/a), id, level, title."})
final class RulesCommand implements Callable<Integer> {
    private final Context context;

    RulesCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Map<String, Outcome> verdicts = context.session().hasEvidence()
                ? context.session().diagnosis().outcomes().stream()
                        .collect(Collectors.toMap(o -> o.rule().id(), Function.identity(), (a, b) -> a))
                : Map.of();
        List<List<String>> rows = new ArrayList<>();
        for (Rule r : context.session().rules()) {
            List<String> row = new ArrayList<>();
            if (!verdicts.isEmpty()) {
                row.add(mark(verdicts.get(r.id())));
            }
            row.addAll(List.of(r.id(), r.level().label(), r.title()));
            rows.add(row);
        }
        List<String> header = verdicts.isEmpty() ? List.of("RULE", "LEVEL", "TITLE")
                : List.of("", "RULE", "LEVEL", "TITLE");
        TableText.print(header, rows, context.out());
        return 0;
    }

    /** The marks of the report's checklist: FAIL, WARN or INFO by the rule's level, ok, n/a. */
    private static String mark(Outcome o) {
        if (o instanceof Outcome.Finding f) {
            return switch (f.level()) {
                case ERROR -> "FAIL";
                case WARNING -> "WARN";
                default -> "INFO";
            };
        }
        return o instanceof Outcome.NotChecked ? "n/a" : o == null ? "" : "ok";
    }
}
