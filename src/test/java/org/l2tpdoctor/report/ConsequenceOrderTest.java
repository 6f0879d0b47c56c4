package org.l2tpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/** Findings by consequence: blocking errors, errors, warnings, info; within a level, stronger evidence first. */
class ConsequenceOrderTest {

    @Test
    void errorsComeBeforeWarningsAndInfoWhateverTheirIds() throws Exception {
        List<Outcome.Finding> sorted = Consequence.sorted(FixPlanTest.diagnose("second-client-fails.txt").findings());
        List<Level> levels = sorted.stream().map(Consequence::level).toList();
        assertThat(levels).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(sorted.get(0).rule().id()).isIn("L2TP-NAT-001", "L2TP-STALL-001");
    }

    @Test
    void withinALevelWhatUsersMetOutranksWhatTheConfigurationAllows() throws Exception {
        List<Outcome.Finding> sorted = Consequence.sorted(FixPlanTest.diagnose("second-client-fails.txt").findings());
        List<String> ids = sorted.stream().map(f -> f.rule().id()).toList();
        // NAT-001 and STALL-001 stand on peers, sessions and the log; POLICY-001 on one identity row
        assertThat(ids.indexOf("L2TP-NAT-001")).isLessThan(ids.indexOf("L2TP-POLICY-001"));
        assertThat(ids.indexOf("L2TP-STALL-001")).isLessThan(ids.indexOf("L2TP-POLICY-001"));
    }

    @Test
    void aCauseThatStopsEveryClientComesFirst() throws Exception {
        List<Outcome.Finding> sorted = Consequence.sorted(FixPlanTest.diagnose("firewall-drop-above-ipsec-accepts.txt").findings());
        assertThat(Consequence.blocking(sorted.get(0))).isTrue();
        assertThat(Consequence.label(sorted.get(0))).isEqualTo("blocking error");
    }
}
