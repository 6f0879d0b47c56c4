package org.l2tpdoctor.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The options and parameters of a command tree whose type picocli converts only with a converter it skips. */
public final class OptionTypes {
    private OptionTypes() {
    }

    public static List<String> needingSkippedConverters(CommandLine root) {
        List<String> found = new ArrayList<>();
        collect(root.getCommandSpec(), found);
        return found;
    }

    private static void collect(CommandSpec spec, List<String> found) {
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            List<Class<?>> types = new ArrayList<>(List.of(arg.auxiliaryTypes()));
            types.add(arg.type());
            boolean skipped = types.stream().anyMatch(t -> t.getName().matches("java\\.(sql|time)\\..*"));
            if (skipped && arg.converters().length == 0) {
                found.add(spec.qualifiedName() + " " + arg.paramLabel());
            }
        }
        spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), found));
    }
}
