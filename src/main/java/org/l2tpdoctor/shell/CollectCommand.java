package org.l2tpdoctor.shell;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code collect}: read the connected router again. */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = {"Reads the connected router again.", "The new reading replaces the router's previous one."})
final class CollectCommand implements Callable<Integer> {
    private final Context context;

    CollectCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ShellError {
        Reading.again(context, null);
        return 0;
    }
}
