package org.l2tpdoctor.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Tab completion from the shell's picocli model: command names, each command's options, and for
 * the argument under the cursor its {@link Completions.Source}, file names for a path, or the
 * values of an enum.
 */
final class ShellCompleter implements Completer {
    private final Completions.Known known;
    private final Completer files = new Completers.FileNameCompleter();

    ShellCompleter(Session session, ShellSettings settings) {
        // A model only: completion never executes, so the context carries no run.
        Context model = new Context(session, settings, null, null);
        this.known = new Completions.Known(session, new HostNames(settings.sshFolder(), settings.inventory()),
                ShellCommands.commandLine(model));
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
        List<String> words = line.words();
        int index = line.wordIndex();
        String current = line.word() == null ? "" : line.word().substring(0, line.wordCursor());
        if (index == 0) {
            commandNames(known.commands(), out);
            return;
        }
        CommandLine command = find(known.commands(), words.get(0));
        if (command == null) {
            return;
        }
        CommandSpec spec = command.getCommandSpec();
        if (current.startsWith("-")) {
            options(spec, out);
            return;
        }
        Cursor at = Cursor.of(spec, words.subList(1, index));
        ArgSpec arg = at.pendingOption != null ? at.pendingOption : positional(spec, at.positionals.size());
        if (arg == null) {
            return;
        }
        if (arg.completionCandidates() instanceof Completions.Source source) {
            source.complete(known, at.pendingOption != null ? List.of() : at.positionals, current, out);
        } else if (isPath(arg)) {
            files.complete(reader, line, out);
        } else if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(v -> out.add(Completions.plain(v, null)));
        }
    }

    static void commandNames(CommandLine commands, List<Candidate> out) {
        for (Map.Entry<String, CommandLine> e : commands.getSubcommands().entrySet()) {
            out.add(Completions.plain(e.getKey(), firstLine(e.getValue().getCommandSpec().usageMessage().description())));
        }
    }

    static CommandLine find(CommandLine commands, String word) {
        for (Map.Entry<String, CommandLine> e : commands.getSubcommands().entrySet()) {
            if (e.getKey().equalsIgnoreCase(word)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static void options(CommandSpec spec, List<Candidate> out) {
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                out.add(Completions.plain(o.longestName(), firstLine(o.description())));
            }
        }
    }

    private static PositionalParamSpec positional(CommandSpec spec, int position) {
        return spec.positionalParameters().stream().filter(p -> p.index().contains(position)).findFirst().orElse(null);
    }

    private static boolean isPath(ArgSpec arg) {
        List<Class<?>> types = new ArrayList<>(Arrays.asList(arg.auxiliaryTypes()));
        types.add(arg.type());
        return types.contains(Path.class) || types.contains(File.class);
    }

    /** JLine shows it in parentheses; a closing full stop there only adds noise. */
    private static String firstLine(String[] description) {
        return description.length == 0 ? null : description[0].replaceAll("\\.$", "");
    }

    /** Where the cursor stands among the words typed after the command name. */
    private static final class Cursor {
        private OptionSpec pendingOption;
        private final List<String> positionals = new ArrayList<>();

        static Cursor of(CommandSpec spec, List<String> before) {
            Cursor c = new Cursor();
            for (String word : before) {
                if (c.pendingOption != null) {
                    c.pendingOption = null;
                    continue;
                }
                OptionSpec option = word.startsWith("-") ? spec.findOption(word.split("=", 2)[0]) : null;
                if (option == null) {
                    c.positionals.add(word);
                } else if (!word.contains("=") && option.arity().max() > 0) {
                    c.pendingOption = option;
                }
            }
            return c;
        }
    }
}
