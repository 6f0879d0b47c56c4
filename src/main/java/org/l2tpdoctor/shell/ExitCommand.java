package org.l2tpdoctor.shell;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code exit} or {@code quit}: leave the shell. */
@Command(name = "exit", aliases = "quit", description = "Leaves the shell (Ctrl-D does too).")
final class ExitCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return Dispatcher.EXIT;
    }
}
