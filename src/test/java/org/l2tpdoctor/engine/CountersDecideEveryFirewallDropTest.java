package org.l2tpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * Issue 12 item 4, the rest of the firewall path: print stats counters decide L2TP-FW-002 (IKE and
 * NAT-T dropped), -003 (ESP) and -006 (the decapsulated L2TP) as they decide FW-001. A drop that
 * counted packets is users failing (error, saying how many); one that counted none since its
 * counters were reset is latent and says so; without counters nothing changes. ESP only counts as
 * ESP when the drop selects ESP alone: a drop of everything counts scanners too.
 */
class CountersDecideEveryFirewallDropTest {
    @Test
    void ikeDroppedByADropThatCountedPacketsIsAnErrorSayingHowMany() throws Exception {
        Outcome.Finding fw = finding("firewall-ike-dropped-counted.txt", "L2TP-FW-002");
        assertThat(fw.level()).isEqualTo(Level.ERROR);
        assertThat(fw.because()).startsWith("the counters show it: rule 5 (\"defconf: drop all not coming from LAN\") counted 9120 packets");
    }

    @Test
    void ikeDroppedByADropThatCountedNothingIsALatentWarning() throws Exception {
        Outcome.Finding fw = finding("firewall-ike-dropped-never-hit.txt", "L2TP-FW-002");
        assertThat(fw.level()).isEqualTo(Level.WARNING);
        assertThat(fw.because()).startsWith("latent: rule 5 counted no packet");
    }

    @Test
    void ikeDroppedWithoutCountersStaysAnError() throws Exception {
        Outcome.Finding fw = finding("firewall-4500-dropped-time-up.txt", "L2TP-FW-002");
        assertThat(fw.level()).isEqualTo(Level.ERROR);
        assertThat(fw.because()).doesNotContain("counted");
    }

    @Test
    void decapsulatedL2tpDroppedByADropThatCountedPacketsIsAnError() throws Exception {
        Outcome.Finding fw = finding("l2tp-inside-ipsec-dropped-counted.txt", "L2TP-FW-006");
        assertThat(fw.level()).isEqualTo(Level.ERROR);
        assertThat(fw.because()).startsWith("the counters show it: rule 5 (\"defconf: drop all not coming from LAN\") counted 6210 packets");
    }

    @Test
    void decapsulatedL2tpDroppedByADropThatCountedNothingIsALatentWarning() throws Exception {
        Outcome.Finding fw = finding("l2tp-inside-ipsec-dropped-never-hit.txt", "L2TP-FW-006");
        assertThat(fw.level()).isEqualTo(Level.WARNING);
        assertThat(fw.because()).startsWith("latent: rule 5 counted no packet");
    }

    @Test
    void decapsulatedL2tpDroppedWithoutCountersStaysAnError() throws Exception {
        Outcome.Finding fw = finding("l2tp-inside-ipsec-dropped.txt", "L2TP-FW-006");
        assertThat(fw.level()).isEqualTo(Level.ERROR);
        assertThat(fw.because()).doesNotContain("counted");
    }

    @Test
    void espDroppedByARuleOfItsOwnThatCountedPacketsIsAnError() throws Exception {
        Outcome.Finding fw = finding("esp-dropped-by-its-own-rule-counted.txt", "L2TP-FW-003");
        assertThat(fw.level()).isEqualTo(Level.ERROR);
        assertThat(fw.because()).startsWith("the counters show it: rule 5 (\"no bare ESP from the internet\") drops ESP alone and counted 318 packets");
    }

    @Test
    void espDroppedByTheGeneralDropStaysLatentWhateverItCounted() throws Exception {
        Outcome.Finding fw = finding("esp-dropped-by-general-drop-counted.txt", "L2TP-FW-003");
        assertThat(fw.level()).isEqualTo(Level.INFO);
        assertThat(fw.because()).startsWith("latent:").contains("cannot tell whether a client's ESP was among them");
    }

    @Test
    void espDroppedByADropThatCountedNothingIsLatent() throws Exception {
        Outcome.Finding fw = finding("esp-dropped-never-hit.txt", "L2TP-FW-003");
        assertThat(fw.level()).isEqualTo(Level.INFO);
        assertThat(fw.because()).startsWith("latent: rule 5 counted no packet");
    }

    private static Outcome.Finding finding(String fixture, String rule) throws Exception {
        return RuleFindings.ofFixture(fixture, rule).orElseThrow();
    }
}
