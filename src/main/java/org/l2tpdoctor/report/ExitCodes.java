package org.l2tpdoctor.report;

/** The stable exit codes, documented in --help and the README. */
public final class ExitCodes {
    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    private ExitCodes() {
    }
}
