package org.l2tpdoctor.shell;

import java.util.concurrent.Callable;
import org.l2tpdoctor.options.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: read the connected router again and diagnose everything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Reads the connected router again, then diagnoses all evidence.",
            "The report is diagnose's, with the same options."})
final class CheckCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    OutputOptions output;

    @Option(names = "--symptom", paramLabel = "TEXT", description = "What the user sees, in their words.")
    String symptom;

    CheckCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ShellError {
        Reading.again(context, null);
        context.out().println();
        Diagnosing.render(context, output, symptom);
        return 0;
    }
}
