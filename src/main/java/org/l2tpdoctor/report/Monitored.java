package org.l2tpdoctor.report;

import java.time.Duration;
import java.util.List;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * One router as a monitoring system sees it: its name, its diagnosis (null when nothing could be
 * read), whether every command was answered, the problems met, and how long the reading took.
 */
public record Monitored(String router, Diagnosis diagnosis, boolean complete, List<String> problems,
                        Duration elapsed) {

    public Monitored {
        problems = List.copyOf(problems);
    }

    public boolean read() {
        return diagnosis != null;
    }

    /** The findings at or above {@code threshold}, the most severe first, in the diagnosis's order within a level. */
    public List<Outcome.Finding> findingsAtLeast(Level threshold) {
        if (diagnosis == null) {
            return List.of();
        }
        return diagnosis.findings().stream().filter(f -> f.rule().level().compareTo(threshold) >= 0)
                .sorted((a, b) -> b.rule().level().compareTo(a.rule().level())).toList();
    }
}
