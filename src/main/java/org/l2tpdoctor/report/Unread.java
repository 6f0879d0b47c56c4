package org.l2tpdoctor.report;

/**
 * Why a router of a fleet could not be read at all, in a word or two for the fleet table
 * ({@link #word}) and as a token for JSON and Prometheus ({@link #token}). Each says what
 * happened, so a table of 50 routers tells a wrong password from a cut cable at a glance; the
 * problem column and the JSON's problems say the rest (issue 17: all of these read "unreachable").
 */
public enum Unread {
    /** The SSH service was not reached or did not finish the handshake (refused, no route, no answer, closed). */
    UNREACHABLE("unreachable"),
    /** Reached, but its host key is not in known_hosts yet. */
    HOST_KEY_UNKNOWN("host key unknown"),
    /** Reached, but its host key differs from the one known: refused. */
    HOST_KEY_CHANGED("host key changed"),
    /** Reached, but no SSH algorithm in common. */
    INCOMPATIBLE("incompatible"),
    /** Reached, key trusted, login refused (wrong password, no key accepted). */
    LOGIN_FAILED("login failed"),
    /** Logged into, then silent, or no complete answer before giving up. */
    NO_ANSWER("no answer"),
    /** Logged into, and every command was refused. */
    REJECTED("rejected"),
    /** Not read within --timeout: the reading was given up to answer in time. */
    TIMED_OUT("timed out"),
    /** Not tried, for a reason on this side: an inventory line naming no router, a file that cannot be read. */
    NOT_CHECKED("not checked"),
    /** Reading it failed inside l2tpdoctor (its problem names the error). */
    FAILED("failed");

    private final String word;

    Unread(String word) {
        this.word = word;
    }

    /** For people: the fleet table's RESULT column. */
    public String word() {
        return word;
    }

    /** For machines: JSON's {@code collection.unread} and Prometheus's {@code reason} label. */
    public String token() {
        return word.replace(' ', '_');
    }

    /** The widest word, for the table's column. */
    static int widest() {
        int w = 0;
        for (Unread u : values()) {
            w = Math.max(w, u.word.length());
        }
        return w;
    }
}
