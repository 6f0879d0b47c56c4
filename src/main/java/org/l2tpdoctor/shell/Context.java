package org.l2tpdoctor.shell;

import java.io.PrintWriter;
import org.l2tpdoctor.engine.Io;

/** What a shell command works with: the session, the settings, the terminal's input, and its own run. */
record Context(Session session, ShellSettings settings, TerminalInput input, Run run) {

    Io io() {
        return run.io();
    }

    PrintWriter out() {
        return run.out();
    }
}
