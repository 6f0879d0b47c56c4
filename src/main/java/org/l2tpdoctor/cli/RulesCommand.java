package org.l2tpdoctor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.engine.RuleTester;
import org.l2tpdoctor.report.ExitCodes;
import org.l2tpdoctor.report.RuleText;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleLinter;
import org.l2tpdoctor.rules.RuleLoader;
import org.l2tpdoctor.rules.RuleSyntaxError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code l2tpdoctor rules list|show|test|lint|casebook}: the rules, for users and rule authors. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = {"Lists, explains, tests and lints the diagnosis rules.",
            "Rules are YAML files (rules/*.yaml). Without --rules, the subcommands use",
            "./rules when run in the repository, else the rules built into l2tpdoctor."},
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Show.class, RulesCommand.Test.class,
            RulesCommand.Lint.class, CasebookCommand.class})
final class RulesCommand implements Runnable {
    @ParentCommand
    Main main;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(main.io.out());
    }

    /** Shared: where the rules come from. */
    abstract static class RulesSource {
        @ParentCommand
        RulesCommand parent;

        @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (fixtures in DIR/fixtures).")
        Path folder;

        Io io() {
            return parent.main.io;
        }

        /** Runs work on the chosen folder; the built-in folder may live inside the jar. */
        <T> T withFolder(RuleLoader.FolderWork<T> work) throws RuleSyntaxError, IOException {
            if (folder != null) {
                return work.apply(folder);
            }
            Path local = Path.of("rules");
            if (Files.isDirectory(local.resolve("fixtures"))) {
                return work.apply(local);
            }
            return RuleLoader.inBuiltInFolder(work);
        }

        int fail(Exception e) {
            io().err().println("l2tpdoctor: " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per rule: id, level, title.")
    static final class ListRules extends RulesSource implements Callable<Integer> {
        @Override
        public Integer call() {
            try {
                for (Rule r : withFolder(RuleLoader::fromFolder)) {
                    io().out().printf("%-16s %-8s %s%n", r.id(), r.level().label(), r.title());
                }
                return ExitCodes.CLEAN;
            } catch (RuleSyntaxError | IOException e) {
                return fail(e);
            }
        }
    }

    @Command(name = "show", aliases = "explain", mixinStandardHelpOptions = true, description = "Everything about one rule: detection, why, fix, verify.")
    static final class Show extends RulesSource implements Callable<Integer> {
        @Parameters(paramLabel = "RULE-ID", description = "For example L2TP-NAT-001.")
        String id;

        @Override
        public Integer call() {
            try {
                Optional<Rule> rule = withFolder(RuleLoader::fromFolder).stream()
                        .filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
                if (rule.isEmpty()) {
                    io().err().println("l2tpdoctor: no rule " + id + "; 'l2tpdoctor rules list' shows them all");
                    return ExitCodes.ERROR;
                }
                RuleText.print(rule.get(), io().out());
                return ExitCodes.CLEAN;
            } catch (RuleSyntaxError | IOException e) {
                return fail(e);
            }
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Runs every rule on its fixtures: it must fire on tests.fires and stay",
                "silent on tests.silent."})
    static final class Test extends RulesSource implements Callable<Integer> {
        @Override
        public Integer call() {
            try {
                List<RuleTester.Result> results = withFolder(f -> RuleTester.run(RuleLoader.fromFolder(f), f.resolve("fixtures")));
                long failed = results.stream().filter(r -> !r.passed()).count();
                for (RuleTester.Result r : results) {
                    io().out().println((r.passed() ? "ok    " : "FAIL  ") + r.describe());
                }
                io().out().println((results.size() - failed) + " passed, " + failed + " failed");
                return failed == 0 ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
            } catch (RuleSyntaxError | IOException e) {
                return fail(e);
            }
        }
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = {"Checks rule files: schema, unique ids, fix and verify lines in RouterOS",
                "syntax, fixtures present."})
    static final class Lint extends RulesSource implements Callable<Integer> {
        @Override
        public Integer call() {
            try {
                List<Rule> rules = new ArrayList<>();
                List<String> problems = withFolder(f -> {
                    rules.addAll(RuleLoader.fromFolder(f));
                    return RuleLinter.lint(rules, f.resolve("fixtures"));
                });
                problems.forEach(p -> io().out().println(p));
                io().out().println(rules.size() + " rules, " + problems.size() + " problem(s)");
                return problems.isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
            } catch (RuleSyntaxError | IOException e) {
                return fail(e);
            }
        }
    }
}
