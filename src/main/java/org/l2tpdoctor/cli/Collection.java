package org.l2tpdoctor.cli;

import java.time.Duration;
import java.util.List;
import org.l2tpdoctor.collect.ssh.CollectionResult;
import org.l2tpdoctor.model.Provenance;

/**
 * One router's collection, or the one-line reason it could not be collected at all, and how long
 * it took (zero when not measured).
 */
record Collection(String label, CollectionResult result, String error, Duration elapsed) {

    Collection(String label, CollectionResult result, String error) {
        this(label, result, error, Duration.ZERO);
    }

    /** The same collection, with the time it took. */
    Collection took(long startNanos) {
        return new Collection(label, result, error, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** The same collection without the captured text, once it has been parsed (its provenance is then the diagnosis's). */
    Collection withoutCaptures() {
        return ok() ? new Collection(label, new CollectionResult(result.host(), result.version(), List.of(),
                result.problems(), result.complete()), error, elapsed) : this;
    }

    static Collection failed(String label, String error) {
        return new Collection(label, null, error);
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
