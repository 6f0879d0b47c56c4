package org.l2tpdoctor.shell;

import java.io.PrintWriter;
import java.util.List;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.ssh.CollectError;
import org.l2tpdoctor.rules.RuleSyntaxError;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalText;
import picocli.CommandLine;

/**
 * Runs one input line as a picocli command. Every error becomes one line ("error: ...") and the
 * shell goes on; a stack trace only with L2TPDOCTOR_DEBUG.
 */
final class Dispatcher {
    /** What {@code exit} returns, so the loop knows to stop. */
    static final int EXIT = -1;

    private Dispatcher() {
    }

    static int run(List<String> words, Context context) {
        CommandLine cli = ShellCommands.commandLine(context);
        PrintWriter out = context.out();
        cli.setOut(out);
        cli.setErr(out);
        cli.setParameterExceptionHandler((e, args) -> {
            if (e instanceof CommandLine.UnmatchedArgumentException u && u.getCommandLine() == cli) {
                String suggestion = u.getSuggestions().isEmpty() ? ""
                        : " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
                error(out, "unknown command '" + words.get(0) + "'" + suggestion + "; 'help' lists the commands"
                        + (looksLikeRouterOutput(words) ? "; to add RouterOS output, type 'paste' first" : ""));
            } else {
                String name = e.getCommandLine() == cli ? "" : " " + e.getCommandLine().getCommandName();
                error(out, e.getMessage() + " ('help" + name + "' shows the usage)");
            }
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ShellError || e instanceof InputError || e instanceof CollectError
                    || e instanceof RuleSyntaxError) {
                error(out, e.getMessage());
            } else {
                error(out, "internal error: " + e + " (set L2TPDOCTOR_DEBUG=1 for details)");
            }
            if (context.settings().env().containsKey("L2TPDOCTOR_DEBUG")) {
                e.printStackTrace(out);
            }
            return 2;
        });
        try {
            return cli.execute(words.toArray(String[]::new));
        } finally {
            out.flush();
        }
    }

    /** One line; secrets masked and control characters shown, since messages may quote the input. */
    static void error(PrintWriter out, String message) {
        out.println("error: " + TerminalText.safe(Secrets.text(message)));
    }

    /** A prompt or a print's flag legend at the shell's prompt: RouterOS output pasted in the wrong place. */
    private static boolean looksLikeRouterOutput(List<String> words) {
        String first = words.get(0);
        return first.startsWith("[") && first.contains("@") || first.equals("Flags:") || first.equals("#")
                || first.matches("\\d+") || first.matches("\\d\\d:\\d\\d:\\d\\d");
    }
}
