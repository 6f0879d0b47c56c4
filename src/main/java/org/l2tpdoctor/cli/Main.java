package org.l2tpdoctor.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.report.ExitCodes;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/**
 * The top-level command, {@code l2tpdoctor diagnose|parse|...}, with the CLI's subcommands and the
 * front ends the program plugs in beside them (the shell), which the CLI does not know. Returns
 * exit codes 0 clean, 1 findings, 2 errors. The top level is built in code, not from annotations:
 * {@link CodeBuiltCommand} says why.
 */
public final class Main implements Runnable {
    private static final String[] DESCRIPTION = {
        "Finds out why road warriors cannot use a MikroTik RouterOS L2TP/IPsec",
        "server, from real evidence, and says exactly what to change.",
        "",
        "Examples:",
        "  l2tpdoctor check --demo           see it work on a simulated router",
        "  l2tpdoctor check --host admin@r1  read a router over SSH (read-only)",
        "  l2tpdoctor diagnose paste.txt     a pasted terminal session, log or /export",
        "  xclip -o | l2tpdoctor diagnose -  the same from standard input",
        "  l2tpdoctor parse -v paste.txt     what was understood of a paste",
        "  l2tpdoctor symptoms \"second client fails\"",
        "                                    the likely causes, and what to paste",
        "  l2tpdoctor rules list             the checks l2tpdoctor knows",
        "  l2tpdoctor shell                  an interactive session with completion",
        "",
    };
    private static final String[] FOOTER = {"", "Exit codes: 0 nothing wrong, 1 findings at or above --fail-on,",
        "2 usage, input or connection error."};

    final Io io;
    private final Map<String, Function<Io, Object>> frontEnds;
    private final CommandSpec spec;

    /** {@code frontEnds}: more subcommands by name, listed after the CLI's own and before help. */
    public Main(Io io, Map<String, Function<Io, Object>> frontEnds) {
        this.io = io;
        this.frontEnds = frontEnds;
        this.spec = CodeBuiltCommand.of("l2tpdoctor", this);
        spec.usageMessage().description(DESCRIPTION).footer(FOOTER);
    }

    /** Without a subcommand: the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(io.out());
    }

    /** The CLI's subcommands, in the order --help lists them: a class picocli reads, or a model built in code. */
    private static final Map<String, Function<Main, Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Function<Main, Object>> subcommands() {
        Map<String, Function<Main, Object>> m = new LinkedHashMap<>();
        m.put("check", main -> CheckCommand.class);
        m.put("diagnose", DiagnoseCommand::spec);
        m.put("collect", main -> CollectCommand.class);
        m.put("parse", main -> ParseCommand.class);
        m.put("symptoms", main -> SymptomsCommand.class);
        m.put("rules", main -> RulesCommand.class);
        m.put("serve", main -> ServeCommand.class);
        return Collections.unmodifiableMap(m);
    }

    /**
     * The command line for {@code first}, the first argument: building a subcommand's model costs
     * start-up time, so when it names one only that one is built; for help, usage errors and
     * suggestions all of them are.
     */
    public static CommandLine commandLine(Main main, String first) {
        CommandLine cli = new CommandLine(main.spec);
        if (SUBCOMMANDS.containsKey(first)) {
            cli.addSubcommand(first, SUBCOMMANDS.get(first).apply(main));
        } else if (main.frontEnds.containsKey(first)) {
            cli.addSubcommand(first, main.frontEnds.get(first).apply(main.io));
        } else {
            SUBCOMMANDS.forEach((name, subcommand) -> cli.addSubcommand(name, subcommand.apply(main)));
            main.frontEnds.forEach((name, frontEnd) -> cli.addSubcommand(name, frontEnd.apply(main.io)));
            cli.addSubcommand("help", CommandLine.HelpCommand.class);
        }
        return cli;
    }

    /** Runs one command line; never calls System.exit, never lets an exception escape. */
    public static int run(String[] args, Io io, Map<String, Function<Io, Object>> frontEnds) {
        skipUnusedConverters();
        CommandLine cli = commandLine(new Main(io, frontEnds), args.length > 0 ? args[0] : "");
        cli.setUsageHelpAutoWidth(true);
        cli.setOut(io.out());
        cli.setErr(io.err());
        ErrorsAsExitCodes errors = new ErrorsAsExitCodes(io, PluginMode.requested(args));
        cli.setExitCodeExceptionMapper(errors);
        cli.setExecutionExceptionHandler(errors);
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) {
            // a bug, not a user error: one line, and the details only when asked for
            io.err().println("l2tpdoctor: internal error: " + e + " (set L2TPDOCTOR_DEBUG=1 for details)");
            if (io.env().containsKey("L2TPDOCTOR_DEBUG")) {
                e.printStackTrace(io.err());
            }
            code = errors.plugin ? PluginMode.unknown("internal error: " + e, io) : ExitCodes.ERROR;
        }
        io.out().flush();
        io.err().flush();
        return code;
    }

    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /**
     * picocli registers converters for the java.sql and java.time types by reflection in every
     * command line it builds. No l2tpdoctor option has such a type (durations have a converter of
     * their own, a test checks), and skipping them saves a cold start ~3 ms (bench/run startup,
     * A/B of 15 runs). A value the user set is kept.
     */
    private static void skipUnusedConverters() {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.(sql|time)\\..*");
        }
    }

    /**
     * A named class rather than two lambdas: a lambda implementing a picocli interface makes the
     * class-data archive dump link picocli's Java 5 classes, and it then leaves them out,
     * {@code CommandLine} itself among them (measured: 4 classes skipped, each run loads them from the jar).
     */
    private static final class ErrorsAsExitCodes
            implements CommandLine.IExitCodeExceptionMapper, CommandLine.IExecutionExceptionHandler {
        private final Io io;
        /** With --format nagios every failure is the plugin's UNKNOWN (3), told on standard output. */
        final boolean plugin;

        ErrorsAsExitCodes(Io io, boolean plugin) {
            this.io = io;
            this.plugin = plugin;
        }

        @Override
        public int getExitCode(Throwable exception) {
            return plugin ? PluginMode.unknown("usage: " + exception.getMessage(), io) : ExitCodes.ERROR;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            io.err().println("l2tpdoctor: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            if (io.env().containsKey("L2TPDOCTOR_DEBUG")) {
                e.printStackTrace(io.err());
            }
            return plugin ? PluginMode.unknown(e.getMessage() != null ? e.getMessage() : e.toString(), io) : ExitCodes.ERROR;
        }
    }

    public static Io forTest(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        return new Io(in, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true), env, false, false);
    }
}
