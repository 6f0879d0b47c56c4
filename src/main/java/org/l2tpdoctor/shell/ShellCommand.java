package org.l2tpdoctor.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.utils.WriterOutputStream;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.report.ExitCodes;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleSyntaxError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code l2tpdoctor shell}: an interactive session on one router and the evidence gathered so far. */
@Command(name = "shell",
        mixinStandardHelpOptions = true,
        description = {
            "An interactive session, with completion and history.",
            "Connect to a router (or the demo), read it, show its tables, follow its log,",
            "paste or load more output, and diagnose it all.",
            "Reads commands from standard input too: l2tpdoctor shell < script.txt",
            "",
            "Example session:",
            "  connect --demo          the simulated router (or: connect admin@r1)",
            "  show installed-sa       a table of the evidence, in columns",
            "  log phase1              log events matching a word or regular expression",
            "  diagnose                the report on all evidence",
            "  explain L2TP-NAT-001    one rule in full",
            "",
            "History: ~/.l2tpdoctor_history, or L2TPDOCTOR_HISTORY if set (empty: none).",
        },
        footer = {"", "Exit codes: 0, or 2 when the input could not be read or the rules are broken."})
public final class ShellCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--rules", paramLabel = "DIR", description = "Read rules from this folder instead of the built-in ones.")
    Path rulesFolder;

    @Option(names = "--inventory", paramLabel = "FILE",
            description = "Routers file (as check takes it): completes connect's hosts with their user and port.")
    Path inventory;

    /** The shell as a subcommand of the command line that runs with {@code io}. */
    public ShellCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<Rule> rules;
        try {
            rules = Pipeline.rules(rulesFolder);
        } catch (RuleSyntaxError e) {
            io.err().println("l2tpdoctor: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        boolean system = io.in() == System.in;
        // A script piped in is echoed after each prompt, since no terminal echoes it.
        ShellSettings settings = ShellSettings.defaults(rules, io.env(), inventory, system && !io.stdinIsTerminal());
        io.out().flush();
        try (Terminal terminal = system ? ShellTerminal.system()
                : ShellTerminal.overStreams(io.in(), new WriterOutputStream(io.out(), StandardCharsets.UTF_8))) {
            return Shell.run(terminal, settings);
        } catch (IOException e) {
            io.err().println("l2tpdoctor: cannot open the terminal: " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }
}
