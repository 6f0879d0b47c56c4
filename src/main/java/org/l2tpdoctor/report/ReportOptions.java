package org.l2tpdoctor.report;

import org.l2tpdoctor.rules.Level;

/**
 * How a report is rendered, decided once by the command line or the shell: the format, colour,
 * verbosity, and the level from which a finding counts (--fail-on: the plugin's state).
 */
public record ReportOptions(Format format, boolean colour, boolean verbose, Level failOn) {

    public ReportOptions(Format format, boolean colour, boolean verbose) {
        this(format, colour, verbose, Level.WARNING);
    }

    /** The same options where findings of {@code level} and above count (the plugin's state, --fail-on). */
    public ReportOptions withFailOn(Level level) {
        return new ReportOptions(format, colour, verbose, level);
    }

    /** The renderer of this format, set up with these options. */
    public Renderer renderer() {
        return format.renderer(this);
    }
}
