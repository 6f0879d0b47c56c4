package org.l2tpdoctor.engine;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/** The streams and environment a command works with, so tests can run the CLI in-process. */
public record Io(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
                 boolean stdinIsTerminal, boolean stdoutIsTerminal) {
}
