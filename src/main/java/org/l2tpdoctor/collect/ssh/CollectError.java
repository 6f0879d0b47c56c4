package org.l2tpdoctor.collect.ssh;

/**
 * A router that cannot be collected from at all (unreachable, host key, algorithms, login);
 * the message is one line for the user, naming the host and the step.
 */
public final class CollectError extends Exception {
    private static final long serialVersionUID = 1L;

    public CollectError(String message) {
        super(message);
    }

    public CollectError(String message, Throwable cause) {
        super(message, cause);
    }
}
