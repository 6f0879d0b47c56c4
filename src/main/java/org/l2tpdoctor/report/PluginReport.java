package org.l2tpdoctor.report;

import java.io.PrintWriter;
import java.util.List;
import org.l2tpdoctor.rules.Level;

/**
 * {@code --format nagios}: the monitoring-plugin answer ({@link PluginOutput}) for one router or a
 * fleet as one service, and its state as the exit code.
 */
final class PluginReport implements Renderer {
    private final Level failOn;

    PluginReport(Level failOn) {
        this.failOn = failOn;
    }

    @Override
    public void router(Report.Router report, PrintWriter out) {
        answer(report).print(out);
    }

    @Override
    public void fleet(Report.Fleet report, PrintWriter out) {
        answer(report).print(out);
    }

    @Override
    public int exitCode(Report report) {
        return answer(report).state();
    }

    private PluginOutput answer(Report report) {
        List<Monitored> routers = report instanceof Report.Router r ? List.of(Monitored.of(r))
                : report instanceof Report.Fleet f ? Monitored.of(f) : List.of();
        return routers.isEmpty() ? PluginOutput.unknown("nothing to check") : PluginOutput.of(routers, failOn);
    }
}
