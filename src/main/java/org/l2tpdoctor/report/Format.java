package org.l2tpdoctor.report;

/**
 * The output formats; {@code --format} takes these names. Each names the one class that renders
 * every report in it: a new format is that class and one line here.
 */
public enum Format {
    text, json, markdown,
    /** The monitoring-plugin answer: status line, performance data, long output; exit 0-3. */
    nagios,
    /** Prometheus text exposition, one set of series per router. */
    prometheus;

    Renderer renderer(ReportOptions options) {
        return switch (this) {
            case text -> new TextReport(new Style(options.colour()), options.verbose());
            case json -> new JsonReport();
            case markdown -> new MarkdownReport(options.verbose());
            case nagios -> new PluginReport(options.failOn());
            case prometheus -> new MetricsReport();
        };
    }
}
