package org.l2tpdoctor.report;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code --format prometheus}: the text exposition of {@link Metrics}. Written metrics are a
 * success (exit 0): a router that could not be read is a series saying so, and a cron job that
 * renames the file only on success must not lose every router's metrics to one.
 */
final class MetricsReport implements Renderer {

    @Override
    public void router(Report.Router report, PrintWriter out) {
        Metrics.of(List.of(Monitored.of(report))).write(out);
    }

    @Override
    public void fleet(Report.Fleet report, PrintWriter out) {
        Metrics.of(Monitored.of(report)).write(out);
    }

    @Override
    public int exitCode(Report report) {
        return ExitCodes.CLEAN;
    }
}
