package org.l2tpdoctor.collect.ssh;

/**
 * A router that cannot be collected from at all (unreachable, host key, algorithms, login);
 * the message is one line for the user, naming the host and the step, and {@link #kind} says
 * which step failed, for a report's row word, its JSON and the monitoring formats.
 */
public final class CollectError extends Exception {
    private static final long serialVersionUID = 1L;

    /** Which step failed. */
    public enum Kind {
        /** The SSH service was not reached, or did not finish the handshake: refused, no route, no answer, closed. */
        UNREACHABLE,
        /** Reached, but its host key is not in known_hosts (and --accept-new-host-key was not given). */
        HOST_KEY_UNKNOWN,
        /** Reached, but its host key differs from the one in known_hosts: refused (a man-in-the-middle, or a reinstall). */
        HOST_KEY_CHANGED,
        /** Reached, but no key-exchange, cipher or host-key algorithm in common. */
        ALGORITHMS,
        /** Reached and its key trusted, but the login was refused (wrong password, no key accepted). */
        LOGIN,
        /** Something on this side: a known_hosts or key file unreadable, a bad option, a wait given up. */
        LOCAL
    }

    private final Kind kind;

    public CollectError(String message) {
        this(Kind.LOCAL, message, null);
    }

    public CollectError(String message, Throwable cause) {
        this(Kind.LOCAL, message, cause);
    }

    public CollectError(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
