package org.l2tpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * Issue 12 item 4: print stats counters as evidence. A drop in front of the IPsec accepts that
 * counted packets is users failing (error); one that counted none is latent (warning). The stats
 * print is joined to the detail print by item number, not read as twelve more rules.
 */
class FirewallCountersDecideSeverityTest {
    @Test
    void aDropThatCountedPacketsAboveTheAcceptsIsAnErrorSayingSo() throws Exception {
        Outcome.Finding fw = fw001("firewall-drop-above-accepts-counted.txt");
        assertThat(fw.level()).isEqualTo(Level.ERROR);
        assertThat(fw.because()).contains("rule 4 (\"defconf: drop all not coming from LAN\") counted 9120 packets")
                .contains("counted 0");
    }

    @Test
    void aDropThatCountedNothingIsLatent() throws Exception {
        Outcome.Finding fw = fw001("firewall-drop-above-accepts-never-hit.txt");
        assertThat(fw.level()).isEqualTo(Level.WARNING);
        assertThat(fw.because()).startsWith("latent: rule 4 counted no packet");
    }

    @Test
    void withoutCountersTheDropStaysAnErrorAndAsksForThem() throws Exception {
        Outcome.Finding fw = fw001("firewall-drop-above-ipsec-accepts.txt");
        assertThat(fw.level()).isEqualTo(Level.ERROR);
        assertThat(fw.because()).contains("print stats");
    }

    private static Outcome.Finding fw001(String fixture) throws Exception {
        return RuleFindings.ofFixture(fixture, "L2TP-FW-001").orElseThrow();
    }
}
