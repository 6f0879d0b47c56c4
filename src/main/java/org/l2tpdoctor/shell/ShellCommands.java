package org.l2tpdoctor.shell;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The shell's command set, one picocli subcommand per command; the same model drives completion. */
@Command(name = "",
        subcommands = {ConnectCommand.class, DisconnectCommand.class, CollectCommand.class, CheckCommand.class,
            ShowCommand.class, LogCommand.class, WatchCommand.class, PasteCommand.class, LoadCommand.class,
            DiagnoseCommand.class, SymptomCommand.class, ExplainCommand.class, RulesCommand.class,
            FixScriptCommand.class, ClearCommand.class, HelpCommand.class, ExitCommand.class})
final class ShellCommands implements Runnable {
    private final Context context;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    ShellCommands(Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        HelpCommand.list(spec.commandLine(), context.out());
    }

    /** A fresh command line per input line, so a cancelled command's fields are never reused. */
    static CommandLine commandLine(Context context) {
        CommandLine cli = new CommandLine(new ShellCommands(context), new ShellFactory(context));
        cli.setSubcommandsCaseInsensitive(true);
        cli.setAbbreviatedSubcommandsAllowed(true);
        cli.setUsageHelpWidth(100);
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            // Typed at the prompt the command stands alone: "Usage: connect", no program name before it.
            spec.usageMessage().synopsisHeading("Usage:");
            // The standard options bring --version too, which means nothing for one shell command.
            CommandLine.Model.OptionSpec version = spec.findOption("--version");
            if (version != null) {
                spec.remove(version);
            }
        }
        ConnectCommand.dropFleetOptions(cli.getSubcommands().get("connect"));
        return cli;
    }
}
