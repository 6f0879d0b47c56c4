package org.l2tpdoctor.cli;

/** The stable exit codes, documented in --help and the README. */
final class ExitCodes {
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int ERROR = 2;

    private ExitCodes() {
    }
}
