package org.l2tpdoctor.model;

import java.time.Duration;
import java.util.List;

/**
 * Where a diagnosis's input came from when l2tpdoctor collected it: the router, and what went
 * wrong, and how long the reading took (null when not measured).
 */
public record Provenance(String source, int commands, boolean complete, List<String> problems, Duration elapsed) {
    public Provenance {
        problems = List.copyOf(problems);
    }

    public Provenance(String source, int commands, boolean complete, List<String> problems) {
        this(source, commands, complete, problems, null);
    }
}
