package org.l2tpdoctor.collect.ssh;

import java.util.List;
import org.l2tpdoctor.collect.Capture;

/**
 * What one router gave: its RouterOS version (null if never read), the captured answers, one
 * line per problem met on the way, and whether every command was answered.
 * A command the router rejected ("bad command name") makes the reading incomplete, as a timeout
 * or a dropped connection does, unless the router's version has no such menu (identity and
 * profile before 6.43).
 */
public record CollectionResult(String host, String version, List<Capture> captures,
                               List<String> problems, boolean complete) {

    public CollectionResult {
        captures = List.copyOf(captures);
        problems = List.copyOf(problems);
    }
}
