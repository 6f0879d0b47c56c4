package org.l2tpdoctor.shell;

import java.util.concurrent.Callable;
import org.l2tpdoctor.text.TerminalText;
import picocli.CommandLine.Command;

/** {@code disconnect}: let the router go; its evidence stays. */
@Command(name = "disconnect", mixinStandardHelpOptions = true,
        description = {"Lets the connected router go; what it gave stays as evidence.",
            "A simulated router is stopped."})
final class DisconnectCommand implements Callable<Integer> {
    private final Context context;

    DisconnectCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ShellError {
        Connection c = Reading.connected(context);
        context.run().commit(() -> context.session().disconnect());
        context.out().println("disconnected from " + TerminalText.safe(c.label())
                + (context.session().hasEvidence() ? "; the evidence stays ('clear' forgets it)" : ""));
        return 0;
    }
}
