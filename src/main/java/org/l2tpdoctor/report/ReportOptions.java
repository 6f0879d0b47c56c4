package org.l2tpdoctor.report;

/** How a report is rendered, decided once by the command line or the shell: the format, colour, verbosity. */
public record ReportOptions(Format format, boolean colour, boolean verbose) {

    /** The renderer of this format, set up with these options. */
    public Renderer renderer() {
        return format.renderer(this);
    }
}
