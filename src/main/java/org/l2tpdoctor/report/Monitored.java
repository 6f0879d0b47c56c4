package org.l2tpdoctor.report;

import java.time.Duration;
import java.util.List;
import org.l2tpdoctor.model.Provenance;
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

    /** A router of a fleet report. */
    public static Monitored of(Report.Member m) {
        Provenance p = m.provenance();
        return new Monitored(p.source(), m.diagnosis(), p.complete(), p.problems(), p.elapsed());
    }

    /** One router's report; a paste (no provenance) is "input", read whole. */
    public static Monitored of(Report.Router r) {
        Provenance p = r.diagnosis().provenance();
        return p == null ? new Monitored("input", r.diagnosis(), true, List.of(), null)
                : new Monitored(p.source(), r.diagnosis(), p.complete(), p.problems(), p.elapsed());
    }

    public static List<Monitored> of(Report.Fleet fleet) {
        return fleet.routers().stream().map(Monitored::of).toList();
    }

    public boolean read() {
        return diagnosis != null;
    }

    /** The findings at or above {@code threshold}, the most severe first, in the diagnosis's order within a level. */
    public List<Outcome.Finding> findingsAtLeast(Level threshold) {
        if (diagnosis == null) {
            return List.of();
        }
        return diagnosis.findings().stream().filter(f -> f.level().compareTo(threshold) >= 0)
                .sorted((a, b) -> b.level().compareTo(a.level())).toList();
    }
}
