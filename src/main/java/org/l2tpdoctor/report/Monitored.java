package org.l2tpdoctor.report;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.analyze.Analysis;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.SectionSummary;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.model.Provenance;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * One router as a monitoring system sees it: its name, its diagnosis (null when nothing could be
 * read, and then why: {@code unread}), whether every command was answered, the problems met, and
 * how long the reading took.
 */
public record Monitored(String router, Diagnosis diagnosis, boolean complete, List<String> problems,
                        Duration elapsed, Unread unread) {

    public Monitored {
        problems = List.copyOf(problems);
        if (diagnosis == null && unread == null) {
            unread = Unread.UNREACHABLE;
        }
    }

    /** A router of a fleet report. */
    public static Monitored of(Report.Member m) {
        Provenance p = m.provenance();
        return new Monitored(p.source(), m.diagnosis(), p.complete(), p.problems(), p.elapsed(), m.unread());
    }

    /** One router's report; a paste (no provenance) is "input", read whole. */
    public static Monitored of(Report.Router r) {
        Provenance p = r.diagnosis().provenance();
        return p == null ? new Monitored("input", r.diagnosis(), true, List.of(), null, null)
                : new Monitored(p.source(), r.diagnosis(), p.complete(), p.problems(), p.elapsed(), null);
    }

    public static List<Monitored> of(Report.Fleet fleet) {
        return fleet.routers().stream().map(Monitored::of).toList();
    }

    /** The tables {@link Vitals} counts: all that the monitoring formats read of a snapshot. */
    private static final List<String> COUNTED = List.of(Vitals.ACTIVE_PEERS, Vitals.PPP_ACTIVE, Vitals.INSTALLED_SA,
            Vitals.ATTEMPTS, Vitals.IPSEC_COUNT);

    /**
     * The part of a diagnosis that the monitoring formats (nagios, prometheus) show: the counted
     * tables, the log's sections (whether the log was read), version, identity, and every outcome
     * with its fix but without its evidence rows. A fleet of 1,000 keeps this for each router
     * until the end, instead of every row the router printed and every row derived from them
     * (about 300 KiB per healthy router: 1,000 of them overran a 256 MiB heap). The monitoring
     * answer made from it is the same as from the whole diagnosis (a test holds it).
     */
    public static Diagnosis kept(Diagnosis d) {
        Snapshot s = d.snapshot();
        Map<String, List<Row>> counted = new LinkedHashMap<>();
        COUNTED.stream().filter(s::hasMenu).forEach(menu -> counted.put(menu, s.rows(menu)));
        List<SectionSummary> logs = s.sections().stream().filter(Vitals::isLog).toList();
        Snapshot small = new Snapshot(counted, List.of(), s.version(), s.identity(), logs, List.of(), s.fromExport(),
                s.eventsSeen());
        List<Outcome> outcomes = d.outcomes().stream().map(o -> o instanceof Outcome.Finding f
                ? new Outcome.Finding(f.rule(), List.of(), f.fix(), f.level(), f.because()) : o).toList();
        return new Diagnosis(new Analysis(small, Map.of()), outcomes, d.provenance(), d.symptom());
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
