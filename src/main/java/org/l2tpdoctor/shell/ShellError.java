package org.l2tpdoctor.shell;

/** A user error in one shell command: printed as one line, and the shell goes on. */
final class ShellError extends Exception {
    private static final long serialVersionUID = 1L;

    ShellError(String message) {
        super(message);
    }
}
