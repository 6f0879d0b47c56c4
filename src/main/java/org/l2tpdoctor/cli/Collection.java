package org.l2tpdoctor.cli;

import java.time.Duration;
import java.util.List;
import org.l2tpdoctor.collect.ssh.CollectError;
import org.l2tpdoctor.collect.ssh.CollectionResult;
import org.l2tpdoctor.model.Provenance;
import org.l2tpdoctor.report.Unread;

/**
 * One router's collection, or the one-line reason it could not be collected at all and which
 * kind of failure that was ({@code failure}: unreachable, host key, login, timed out...), and how
 * long it took (zero when not measured).
 */
record Collection(String label, CollectionResult result, String error, Unread failure, Duration elapsed) {

    Collection(String label, CollectionResult result) {
        this(label, result, null, null, Duration.ZERO);
    }

    /** The same collection, with the time it took. */
    Collection took(long startNanos) {
        return new Collection(label, result, error, failure, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** The same collection without the captured text, once it has been parsed (its provenance is then the diagnosis's). */
    Collection withoutCaptures() {
        return ok() ? new Collection(label, new CollectionResult(result.host(), result.version(), List.of(),
                result.problems(), result.complete()), error, failure, elapsed) : this;
    }

    static Collection failed(String label, Unread failure, String error) {
        return new Collection(label, null, error, failure, Duration.ZERO);
    }

    /** A router the collector could not read at all, named by the step that failed. */
    static Collection failed(String label, CollectError e) {
        return failed(label, switch (e.kind()) {
            case UNREACHABLE -> Unread.UNREACHABLE;
            case HOST_KEY_UNKNOWN -> Unread.HOST_KEY_UNKNOWN;
            case HOST_KEY_CHANGED -> Unread.HOST_KEY_CHANGED;
            case ALGORITHMS -> Unread.INCOMPATIBLE;
            case LOGIN -> Unread.LOGIN_FAILED;
            case LOCAL -> Unread.NOT_CHECKED;
        }, e.getMessage());
    }

    boolean ok() {
        return result != null;
    }

    List<String> problems() {
        return ok() ? result.problems() : List.of(error);
    }

    /** Where a report says its input came from: the router, the commands answered, what went wrong. */
    Provenance provenance() {
        return ok() ? new Provenance(label, result.captures().size(), result.complete(), result.problems(), elapsed)
                : new Provenance(label, 0, false, problems(), elapsed);
    }
}
