package org.l2tpdoctor.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.l2tpdoctor.report.FixScript;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.text.FileErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fix-script FILE}: every fix as one RouterOS script to review; never run by l2tpdoctor. */
@Command(name = "fix-script", mixinStandardHelpOptions = true,
        description = {"Writes every finding's fix as a RouterOS script to review.",
            "It starts with a backup export; l2tpdoctor never runs it. An existing file is not",
            "overwritten."})
final class FixScriptCommand implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "FILE.rsc", description = "The script to write.")
    Path file;

    FixScriptCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ShellError {
        Diagnosis d = Diagnosing.require(context);
        if (Files.exists(file)) {
            throw new ShellError(file + " exists; choose another name, or remove it first");
        }
        try {
            FixScript.write(file, d);
        } catch (IOException e) {
            throw new ShellError("cannot write " + file + ": " + FileErrors.reason(e));
        }
        context.out().println("wrote " + d.findings().size() + " finding(s) as a script to " + file
                + " — review it before running it");
        return 0;
    }
}
