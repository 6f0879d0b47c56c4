package org.l2tpdoctor.report;

/** The output formats a report can be rendered in; {@code --format} takes these names. */
public enum Format {
    text, json, markdown,
    /** The monitoring-plugin answer: status line, performance data, long output; exit 0-3. */
    nagios,
    /** Prometheus text exposition, one series set per router. */
    prometheus
}
