package org.l2tpdoctor.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code log [FILTER]}: the log events in the evidence. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Shows the log events in the evidence, optionally filtered.",
            "FILTER is a regular expression or a word, case-insensitive: log phase, log 'ipsec|l2tp',",
            "log 203.0.113.7. Secrets are masked before the filter sees the line."})
final class LogCommand implements Callable<Integer> {
    private final Context context;

    @Parameters(arity = "0..*", paramLabel = "FILTER", description = "Only events whose line matches (words are joined).")
    List<String> filter = new ArrayList<>();

    @Option(names = {"-n", "--last"}, paramLabel = "N", description = "Only the last N matching events.")
    int last;

    LogCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ShellError {
        List<LogEvent> events = Diagnosing.require(context).snapshot().events();
        String text = String.join(" ", filter);
        Predicate<String> match = LogFilter.of(text);
        List<String> lines = events.stream().map(LogFilter::line).filter(match).toList();
        if (last > 0 && lines.size() > last) {
            lines = lines.subList(lines.size() - last, lines.size());
        }
        PrintWriter out = context.out();
        lines.forEach(out::println);
        out.println("(" + lines.size() + " of " + events.size() + " event(s)"
                + (text.isBlank() ? "" : " matching '" + TerminalText.safe(org.l2tpdoctor.text.Secrets.text(text)) + "'") + ")");
        return 0;
    }
}
