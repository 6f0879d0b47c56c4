package org.l2tpdoctor.engine;

import org.l2tpdoctor.report.Format;

/** How a report is to be rendered, decided once from the command line or the shell: immutable. */
public record ReportOptions(Format format, boolean colour, boolean verbose) {
}
