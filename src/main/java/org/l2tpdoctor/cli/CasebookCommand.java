package org.l2tpdoctor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.report.ExitCodes;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleLoader;
import org.l2tpdoctor.rules.RuleSyntaxError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code l2tpdoctor rules casebook [DIR]}: the score of the rules on the real cases. */
@Command(name = "casebook", mixinStandardHelpOptions = true,
        description = {"Runs every real case (DIR/*/case.yaml, format in cases/README.md) through the",
            "same pipeline as diagnose and compares the answer with the case's expect:",
            "the exit code with the default --fail-on, each 'fires' rule reported at warning",
            "or error, each 'silent' rule not reported. Prints the score, the known-wrong",
            "cases with their reasons, cases marked expected that now fail and cases marked",
            "known-wrong that now pass.",
            "Exit 0 when every case marked expected passes, 1 otherwise, 2 on a usage error."})
final class CasebookCommand extends RulesCommand.RulesSource implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "cases", description = "Casebook folder (default: ${DEFAULT-VALUE}).")
    Path cases;

    @Option(names = {"-v", "--verbose"}, description = "One line per case, right or not.")
    boolean verbose;

    @Override
    public Integer call() {
        try {
            List<Rule> rules = withFolder(RuleLoader::fromFolder);
            Casebook.Score score = Casebook.run(cases, rules);
            if (score.results().isEmpty()) {
                throw new InputError(cases + ": no case folders (DIR/<case>/case.yaml)");
            }
            print(score, verbose, io().out());
            return score.passes() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
        } catch (RuleSyntaxError | IOException | InputError e) {
            return fail(e);
        }
    }

    static void print(Casebook.Score score, boolean verbose, PrintWriter out) {
        if (verbose) {
            for (Casebook.Result r : score.results()) {
                out.println((r.fixed() ? "FIXED  " : r.right() ? "ok     " : r.kase().knownWrong() ? "known  " : "FAIL   ") + r.kase().id()
                        + (r.right() ? "" : ": " + String.join("; ", r.differences())));
            }
            out.println();
        }
        out.printf("casebook %s: %d of %d right; healthy %d of %d right%n", score.folder(), score.right(),
                score.results().size(), score.healthyRight(), score.healthyTotal());
        List<Casebook.Result> known = score.knownWrong().stream().filter(r -> !r.right()).toList();
        if (!known.isEmpty()) {
            out.println("known wrong (" + known.size() + "):");
            known.forEach(r -> out.println("  " + r.kase().id() + ": "
                    + (r.kase().reason() == null ? "(no reason given)" : r.kase().reason())
                    + "\n      now: " + String.join("; ", r.differences())));
        }
        List<Casebook.Result> regressions = score.regressions();
        if (!regressions.isEmpty()) {
            out.println("FAILING, marked expected (" + regressions.size() + "):");
            regressions.forEach(r -> out.println("  " + r.kase().id() + ": " + String.join("; ", r.differences())));
        }
        List<Casebook.Result> fixed = score.fixed();
        if (!fixed.isEmpty()) {
            out.println("now right, marked known-wrong: set 'status: expected' (" + fixed.size() + "):");
            fixed.forEach(r -> out.println("  " + r.kase().id()));
        }
    }
}
