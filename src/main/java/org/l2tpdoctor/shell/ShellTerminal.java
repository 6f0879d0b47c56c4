package org.l2tpdoctor.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The terminals a shell runs on: the process's own, or a dumb one over streams (tests, in-process runs). */
public final class ShellTerminal {
    private ShellTerminal() {
    }

    /**
     * The process's terminal, or a dumb one when input or output is not a terminal (a script
     * piped in). A stray Ctrl-C between commands is ignored rather than ending the JVM.
     */
    public static Terminal system() throws IOException {
        return TerminalBuilder.builder().name("l2tpdoctor").system(true).dumb(true)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
    }

    /**
     * A dumb terminal over streams that does not echo (the line reader shows each line once) and
     * turns a 0x03 byte into Ctrl-C, as a terminal driver would.
     */
    public static Terminal overStreams(InputStream in, OutputStream out) throws IOException {
        Attributes attributes = new Attributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ECHO, false);
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
        // The exec provider gives a pure-Java terminal whose input pump sees Ctrl-C while a command
        // runs; the native providers would open a pty that keeps the signal to itself.
        return TerminalBuilder.builder().name("l2tpdoctor").system(false).streams(in, out).dumb(true)
                .provider("exec").type(Terminal.TYPE_DUMB).attributes(attributes)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
    }
}
