package org.l2tpdoctor.model;

import java.util.List;

/** Where a diagnosis's input came from when l2tpdoctor collected it: the router, and what went wrong. */
public record Provenance(String source, int commands, boolean complete, List<String> problems) {
    public Provenance {
        problems = List.copyOf(problems);
    }
}
