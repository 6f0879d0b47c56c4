package org.l2tpdoctor.shell;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import org.l2tpdoctor.engine.Io;

/**
 * One command's run: where it prints, and whether Ctrl-C cancelled it. A command changes the
 * session only through {@link #commit}, so a cancelled command that still finishes in the
 * background changes nothing.
 */
final class Run {
    private final GatedWriter gate;
    private final Io io;
    private final int width;
    private boolean cancelled;

    /** {@code width}: the terminal's columns when the run started, 0 when unknown (output piped). */
    Run(Writer terminal, Map<String, String> env, boolean colourTerminal, int width) {
        this.gate = new GatedWriter(terminal);
        this.width = width;
        PrintWriter out = new PrintWriter(gate, true);
        // Commands never read standard input: the shell's input is the terminal's.
        this.io = new Io(InputStream.nullInputStream(), out, out, env, false, colourTerminal);
    }

    Io io() {
        return io;
    }

    PrintWriter out() {
        return io.out();
    }

    int width() {
        return width;
    }

    /** Colour as the reports' "auto" decides it: on a terminal that shows it, unless NO_COLOR. */
    boolean colour() {
        return io.stdoutIsTerminal() && !io.env().containsKey("NO_COLOR");
    }

    /** Applies a change to the session unless the run was cancelled first. */
    synchronized void commit(Runnable change) {
        if (!cancelled) {
            change.run();
        }
    }

    synchronized void cancel() {
        cancelled = true;
        gate.close();
    }

    synchronized boolean cancelled() {
        return cancelled;
    }
}
