package org.l2tpdoctor.engine;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import org.l2tpdoctor.text.TerminalWriter;

/**
 * The streams and environment a command works with, so tests can run the CLI in-process. Both
 * output streams pass {@link TerminalWriter}, whoever made the Io: no output can put a raw
 * control character or escape sequence on the user's terminal.
 */
public record Io(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
                 boolean stdinIsTerminal, boolean stdoutIsTerminal) {
    public Io {
        PrintWriter safeOut = TerminalWriter.around(out);
        err = err == out ? safeOut : TerminalWriter.around(err);
        out = safeOut;
    }
}
