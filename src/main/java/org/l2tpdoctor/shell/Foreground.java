package org.l2tpdoctor.shell;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;

/**
 * Runs one command on a worker thread while the shell waits, so Ctrl-C can cancel it and give the
 * prompt back. A cancelled command may still be finishing in the background (an SSH read does not
 * stop mid-answer), but its output is gated and its session changes are refused (see {@link Run}).
 */
final class Foreground {
    /** What {@link #run} returns when Ctrl-C cancelled the command. */
    static final int CANCELLED = -2;

    private final Terminal terminal;

    Foreground(Terminal terminal) {
        this.terminal = terminal;
    }

    int run(Run run, IntSupplier command) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                done.complete(command.getAsInt());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        }, "l2tpdoctor-shell-command");
        worker.setDaemon(true);
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
            // In this order: silence the command, answer the shell, then wake the worker, so the
            // worker cannot report a normal end for a command the user cancelled.
            run.cancel();
            done.complete(CANCELLED);
            worker.interrupt();
        });
        try {
            worker.start();
            return await(done);
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    private static int await(CompletableFuture<Integer> done) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return done.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
