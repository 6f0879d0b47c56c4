package org.l2tpdoctor.shell;

import java.util.concurrent.Callable;
import org.l2tpdoctor.options.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code diagnose}: the report on all evidence, collected, pasted and loaded. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Diagnoses all evidence: collected, pasted and loaded.",
            "All of it is taken to come from one router."})
final class DiagnoseCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    OutputOptions output;

    @Option(names = "--symptom", paramLabel = "TEXT",
            description = "What the user sees, in their words: the report starts with the causes it points at.")
    String symptom;

    DiagnoseCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ShellError {
        Diagnosing.render(context, output, symptom);
        return 0;
    }
}
