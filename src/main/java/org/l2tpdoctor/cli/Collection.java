package org.l2tpdoctor.cli;

import java.util.List;
import org.l2tpdoctor.collect.ssh.CollectionResult;
import org.l2tpdoctor.model.Provenance;

/** One router's collection, or the one-line reason it could not be collected at all. */
record Collection(String label, CollectionResult result, String error) {

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
        return ok() ? new Provenance(label, result.captures().size(), result.complete(), result.problems())
                : new Provenance(label, 0, false, problems());
    }
}
