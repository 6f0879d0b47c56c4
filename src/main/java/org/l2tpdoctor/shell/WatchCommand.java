package org.l2tpdoctor.shell;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.ssh.CollectionResult;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.options.DurationConverter;
import org.l2tpdoctor.options.OutputOptions;
import org.l2tpdoctor.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code watch DURATION}: follow the router's log while the user retries, as check --watch does. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follows the connected router's log while the user retries (as check --watch).",
            "Reads the router, then follows its ipsec/l2tp/ppp log for DURATION, then shows what was",
            "logged. The reading and the followed lines replace the router's previous reading.",
            "Ctrl-C cancels."})
final class WatchCommand implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "DURATION", converter = DurationConverter.class, description = "For example 30s, 2m, 1h.")
    Duration duration;

    @Option(names = "--report", description = "Then print the whole diagnosis, with each client's story.")
    boolean report;

    @Mixin
    OutputOptions output;

    WatchCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ShellError {
        Connection c = Reading.connected(context);
        PrintWriter out = context.out();
        out.println("following the log of " + TerminalText.safe(c.label()) + " for " + duration.toSeconds()
                + " s after a reading: ask the user to connect now (Ctrl-C cancels)");
        out.flush();
        // each new log line is shown the moment the router prints it
        CollectionResult reading = Reading.again(context, duration, line -> {
            out.println("  " + TerminalText.safe(org.l2tpdoctor.text.Secrets.text(line)));
            out.flush();
        });
        List<Capture> followed = reading.captures().stream()
                .filter(cap -> CommandCatalogue.FOLLOW_LOG.equals(cap.command())).toList();
        List<LogEvent> events = followed.isEmpty() ? List.of() : Pipeline.parse(followed).events();
        out.println();
        out.println("Logged while watching: " + events.size() + " event(s).");
        if (report) {
            out.println();
            Diagnosing.render(context, output, null);
        } else {
            out.println("'diagnose' tells each client's story; 'show attempt' lists the attempts.");
        }
        return 0;
    }
}
