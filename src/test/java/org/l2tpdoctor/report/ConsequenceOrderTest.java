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
        assertThat(levels.get(0)).isEqualTo(Level.ERROR);
        assertThat(levels.get(levels.size() - 1)).isEqualTo(Level.INFO);
    }

    @Test
    void withinALevelWhatUsersMetOutranksWhatTheConfigurationAllows() throws Exception {
        List<Outcome.Finding> sorted = Consequence.sorted(FixPlanTest.diagnose("second-client-fails.txt").findings());
        for (int i = 1; i < sorted.size(); i++) {
            if (Consequence.level(sorted.get(i)) == Consequence.level(sorted.get(i - 1))) {
                assertThat(Consequence.strength(sorted.get(i))).isLessThanOrEqualTo(Consequence.strength(sorted.get(i - 1)));
            }
        }
        // a client stalled in the log outweighs one configuration row at the same level (the stall
        // beside another user's session at the same NAT is told by POLICY-001/NAT-001 now, so the
        // stalled reconnect after a drop, L2TP-STALE-002, stands for it)
        List<Outcome.Finding> stale = Consequence.sorted(FixPlanTest.diagnose("stale-sa-blocks-reconnect.txt").findings());
        Outcome.Finding stall = stale.stream().filter(f -> f.rule().id().equals("L2TP-STALE-002")).findFirst().orElseThrow();
        assertThat(Consequence.strength(stall)).isGreaterThan(100);
        assertThat(stale.get(0).rule().id()).isEqualTo("L2TP-STALE-002");
    }

    @Test
    void aCauseThatStopsEveryClientComesFirst() throws Exception {
        List<Outcome.Finding> sorted = Consequence.sorted(FixPlanTest.diagnose("firewall-drop-above-ipsec-accepts.txt").findings());
        assertThat(Consequence.blocking(sorted.get(0))).isTrue();
        assertThat(Consequence.label(sorted.get(0))).isEqualTo("blocking error");
    }
}
