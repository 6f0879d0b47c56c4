package org.l2tpdoctor.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
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
        System.exit(run(args, io(out, err, Program::fdLink, System.console() != null)));
    }

    /**
     * The streams of this process. Whether stdin and stdout are terminals is asked of each one:
     * {@code System.console()} is null whenever either is redirected, so a paste piped into
     * {@code diagnose -} on a terminal lost its colour when colour followed it. It is the fallback
     * only where the descriptors cannot be read.
     */
    static Io io(PrintWriter out, PrintWriter err, IntFunction<String> fdLink, boolean console) {
        return new Io(System.in, out, err, System.getenv(), isTerminal(fdLink.apply(0), console),
                isTerminal(fdLink.apply(1), console));
    }

    /** Runs one command line; never calls System.exit, never lets an exception escape. */
    public static int run(String[] args, Io io) {
        return Main.run(args, io, frontEnds());
    }

    /** The subcommands beyond the CLI's own, as --help lists them after those. */
    public static Map<String, Function<Io, Object>> frontEnds() {
        return Map.of("shell", ShellCommand::new);
    }

    /** Where a file descriptor of this process points (Linux), or null when that cannot be read. */
    private static String fdLink(int fd) {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
        } catch (Exception e) {
            return null;
        }
    }

    /** A descriptor is a terminal when it points to /dev/pts/N or /dev/ttyN. */
    static boolean isTerminal(String target, boolean fallback) {
        if (target == null) {
            return fallback;
        }
        return target.startsWith("/dev/pts") || target.startsWith("/dev/tty");
    }
}
