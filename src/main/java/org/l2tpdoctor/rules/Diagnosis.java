package org.l2tpdoctor.rules;

import java.util.List;
import org.l2tpdoctor.analyze.Analysis;
import org.l2tpdoctor.model.Provenance;
import org.l2tpdoctor.model.Snapshot;

/**
 * Everything a report shows: what was read, what each rule concluded, where the input came from
 * when l2tpdoctor collected it ({@code provenance}, else null), and the causes the user's symptom
 * points at ({@code symptom}, null when none was given).
 */
public record Diagnosis(Analysis analysis, List<Outcome> outcomes, Provenance provenance, SymptomRanking symptom) {

    public Diagnosis(Analysis analysis, List<Outcome> outcomes) {
        this(analysis, outcomes, null, null);
    }

    public Diagnosis withProvenance(Provenance from) {
        return new Diagnosis(analysis, outcomes, from, symptom);
    }

    public Diagnosis withSymptom(SymptomRanking ranking) {
        return new Diagnosis(analysis, outcomes, provenance, ranking);
    }

    public Snapshot snapshot() {
        return analysis.snapshot();
    }

    /**
     * The findings, the cause first: blocking causes (a disabled server, no secret for l2tp) before
     * everything that depends on them, then errors, warnings and info, each in rule order.
     */
    public List<Outcome.Finding> findings() {
        return outcomes.stream().filter(o -> o instanceof Outcome.Finding).map(o -> (Outcome.Finding) o)
                .sorted(java.util.Comparator.comparing((Outcome.Finding f) -> !(f.rule().blocking() && f.level() == Level.ERROR))
                        .thenComparing(Outcome.Finding::level, java.util.Comparator.reverseOrder()))
                .toList();
    }

    /** Findings at or above {@code level}: these decide the exit code. */
    public boolean hasFindingsAtLeast(Level level) {
        return findings().stream().anyMatch(f -> f.level().compareTo(level) >= 0);
    }

    /** What rule {@code id} concluded, or null when it was not evaluated. */
    public Outcome outcomeOf(String id) {
        return outcomes.stream().filter(o -> o.rule().id().equals(id)).findFirst().orElse(null);
    }
}
