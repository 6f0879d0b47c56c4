package org.l2tpdoctor.rules;

import java.util.List;
import org.l2tpdoctor.analyze.Analysis;
import org.l2tpdoctor.model.Snapshot;

/** Everything a report shows: what was read, and what each rule concluded. */
public record Diagnosis(Analysis analysis, List<Outcome> outcomes) {

    public Snapshot snapshot() {
        return analysis.snapshot();
    }

    public List<Outcome.Finding> findings() {
        return outcomes.stream().filter(o -> o instanceof Outcome.Finding).map(o -> (Outcome.Finding) o).toList();
    }

    /** Findings at or above {@code level}: these decide the exit code. */
    public boolean hasFindingsAtLeast(Level level) {
        return findings().stream().anyMatch(f -> f.level().compareTo(level) >= 0);
    }
}
