package org.l2tpdoctor.shell;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code clear}: forget the evidence. */
@Command(name = "clear", mixinStandardHelpOptions = true,
        description = {"Forgets all evidence: collected, pasted and loaded.",
            "A connected router stays connected; 'collect' reads it again."})
final class ClearCommand implements Callable<Integer> {
    private final Context context;

    ClearCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        int[] forgotten = {0};
        context.run().commit(() -> forgotten[0] = context.session().clear());
        context.out().println("forgot " + forgotten[0] + " input(s)"
                + (context.session().connection() != null ? "; 'collect' reads the router again" : ""));
        return 0;
    }
}
