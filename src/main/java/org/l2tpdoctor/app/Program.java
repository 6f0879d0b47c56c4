package org.l2tpdoctor.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.l2tpdoctor.cli.Main;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.text.TerminalWriter;
import org.l2tpdoctor.shell.ShellCommand;

/**
 * The program: the CLI's command line with the shell plugged in as one more subcommand. The only
 * place that knows both front ends, so that neither imports the other.
 */
public final class Program {
    private Program() {
    }

    public static void main(String[] args) {
        // standard output is written in blocks and flushed when the command ends (a report is many
        // lines: flushing each was a system call per line); errors and progress go out at once
        PrintWriter out = TerminalWriter.printWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = TerminalWriter.printWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean console = System.console() != null;
        Io io = new Io(System.in, out, err, System.getenv(), isTerminal(0, console), console);
        System.exit(run(args, io));
    }

    /** Runs one command line; never calls System.exit, never lets an exception escape. */
    public static int run(String[] args, Io io) {
        return Main.run(args, io, frontEnds());
    }

    /** The subcommands beyond the CLI's own, as --help lists them after those. */
    public static Map<String, Function<Io, Object>> frontEnds() {
        return Map.of("shell", ShellCommand::new);
    }

    /** On Linux, fd 0 links to /dev/pts/N or /dev/ttyN when it is a terminal. */
    private static boolean isTerminal(int fd, boolean fallback) {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
            return target.toString().startsWith("/dev/pts") || target.toString().startsWith("/dev/tty");
        } catch (Exception e) {
            return fallback;
        }
    }
}
