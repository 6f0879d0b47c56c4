package org.l2tpdoctor.report;

import java.util.List;
import org.l2tpdoctor.model.Provenance;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.rules.Diagnosis;

/**
 * A report value: everything a renderer shows, decided before rendering. diagnose, check, the
 * shell and parse build one; the format's {@link Renderer} prints it.
 */
public sealed interface Report permits Report.Router, Report.Fleet, Report.Parsed {

    /** The exit code the report stands for. */
    int exitCode();

    /** One router's (or one paste's) diagnosis and the exit code it decided. */
    record Router(Diagnosis diagnosis, int exitCode) implements Report {
    }

    /**
     * Several routers, in the order they were given; the worst exit code wins. After the table, a
     * report for people shows the findings grouped by rule ({@code byRouter} false) or each
     * router's own report.
     */
    record Fleet(List<Member> routers, boolean byRouter) implements Report {
        public Fleet {
            routers = List.copyOf(routers);
        }

        public Fleet(List<Member> routers) {
            this(routers, false);
        }

        @Override
        public int exitCode() {
            return routers.stream().mapToInt(Member::exitCode).max().orElse(ExitCodes.CLEAN);
        }
    }

    /**
     * One router of a fleet: its diagnosis, or null when nothing was read; then {@code unread}
     * says why ({@link Unread}: unreachable, host key, login, no answer, rejected, timed out...).
     */
    record Member(Provenance provenance, Diagnosis diagnosis, int exitCode, Unread unread) {
        public Member(Provenance provenance, Diagnosis diagnosis, int exitCode) {
            this(provenance, diagnosis, exitCode, diagnosis != null ? null : Unread.UNREACHABLE);
        }

        public boolean read() {
            return diagnosis != null;
        }
    }

    /** What was understood of a paste ({@code parse}): its tables, events and the lines not understood. */
    record Parsed(Snapshot snapshot) implements Report {
        @Override
        public int exitCode() {
            return snapshot.warnings().isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
        }
    }
}
