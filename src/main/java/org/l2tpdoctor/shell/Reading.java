package org.l2tpdoctor.shell;

import java.io.PrintWriter;
import java.time.Duration;
import org.l2tpdoctor.collect.ssh.CollectError;
import org.l2tpdoctor.collect.ssh.CollectionResult;
import org.l2tpdoctor.report.Coverage;
import org.l2tpdoctor.text.TerminalText;

/** Reading the connected router, shared by connect, collect, check and watch. */
final class Reading {
    private Reading() {
    }

    static Connection connected(Context context) throws ShellError {
        Connection c = context.session().connection();
        if (c == null) {
            throw new ShellError("not connected: connect HOST, or connect --demo to try the simulated router");
        }
        return c;
    }

    /** One reading; failing to connect or log in at all is an error, per-command trouble is not. */
    static CollectionResult read(Connection connection, Duration watch) throws ShellError {
        return read(connection, watch, null);
    }

    static CollectionResult read(Connection connection, Duration watch, java.util.function.Consumer<String> onLogLine)
            throws ShellError {
        try {
            return connection.read(watch, onLogLine);
        } catch (CollectError e) {
            throw new ShellError(e.getMessage());
        }
    }

    /** Reads the connected router again; its previous reading is replaced. */
    static CollectionResult again(Context context, Duration watch) throws ShellError {
        return again(context, watch, null);
    }

    /** As {@link #again(Context, Duration)}, with each followed log line shown as it arrives. */
    static CollectionResult again(Context context, Duration watch, java.util.function.Consumer<String> onLogLine)
            throws ShellError {
        Connection c = connected(context);
        CollectionResult reading = read(c, watch, onLogLine);
        context.run().commit(() -> {
            if (context.session().connection() == c) {
                context.session().collected(reading);
            }
        });
        summary(context, c.label(), reading);
        return reading;
    }

    /** What a reading gave: commands answered, the version, each problem, and the evidence now. */
    static void summary(Context context, String label, CollectionResult reading) {
        PrintWriter out = context.out();
        out.println(TerminalText.safe(label) + ": " + reading.captures().size() + " command(s) answered"
                + (reading.version() != null ? ", RouterOS " + TerminalText.safe(reading.version()) : "")
                + (reading.complete() ? "" : " — INCOMPLETE"));
        reading.problems().forEach(p -> out.println("  problem: " + TerminalText.safe(p)));
        out.println("Evidence: " + Coverage.line(context.session().snapshot()));
    }
}
