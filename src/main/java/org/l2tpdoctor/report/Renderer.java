package org.l2tpdoctor.report;

import java.io.PrintWriter;

/** Prints report values in one format. {@link Format} chooses the renderer; every front end uses it. */
public interface Renderer {

    void router(Report.Router report, PrintWriter out);

    void fleet(Report.Fleet report, PrintWriter out);

    /** Whether this format shows what {@code parse} understood; those that do override {@link #parsed}. */
    default boolean showsParsed() {
        return false;
    }

    default void parsed(Report.Parsed report, PrintWriter out) {
        throw new UnsupportedOperationException("this format does not show parse results");
    }

    /**
     * The exit code for a report rendered in this format: the report's own, unless the format has
     * a convention of its own (the monitoring plugin's 0-3; metrics written are a success).
     */
    default int exitCode(Report report) {
        return report.exitCode();
    }

    /** Any report value, by its kind. */
    default void render(Report report, PrintWriter out) {
        if (report instanceof Report.Router r) {
            router(r, out);
        } else if (report instanceof Report.Fleet f) {
            fleet(f, out);
        } else {
            parsed((Report.Parsed) report, out);
        }
        out.flush();
    }
}
