package org.l2tpdoctor.shell;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code help [COMMAND]}: the commands, or one command's usage. */
@Command(name = "help", description = "Lists the commands, or shows how to use one.")
final class HelpCommand implements Callable<Integer> {
    private final Context context;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "COMMAND", completionCandidates = Completions.CommandName.class,
            description = "The command to explain.")
    String command;

    HelpCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ShellError {
        CommandLine root = spec.parent().commandLine();
        if (command == null) {
            list(root, context.out());
            return 0;
        }
        CommandLine sub = ShellCompleter.find(root, command);
        if (sub == null) {
            throw new ShellError("no command '" + command + "'; 'help' lists them");
        }
        sub.usage(context.out());
        return 0;
    }

    static void list(CommandLine root, PrintWriter out) {
        out.println("Commands (Tab completes commands, options, menus, rule ids, files and hosts):");
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            CommandSpec command = e.getValue().getCommandSpec();
            if (!e.getKey().equals(command.name())) {
                continue; // an alias: listed with its command
            }
            String names = String.join(", ", command.names());
            String[] description = command.usageMessage().description();
            out.printf("  %-12s %s%n", names, description.length == 0 ? "" : description[0]);
        }
        out.println("'help COMMAND' or 'COMMAND --help' explains one. Ctrl-C cancels a command, Ctrl-D or exit leaves.");
    }
}
