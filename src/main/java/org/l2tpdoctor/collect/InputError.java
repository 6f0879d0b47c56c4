package org.l2tpdoctor.collect;

/** An input that cannot be read at all (missing file, unreadable folder): a user error, exit 2. */
public final class InputError extends Exception {
    private static final long serialVersionUID = 1L;

    public InputError(String message) {
        super(message);
    }
}
