package org.l2tpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * Issue 12 item 4, the rest of the firewall path: print stats counters decide L2TP-FW-002 (IKE and
 * NAT-T dropped), -003 (ESP) and -006 (the decapsulated L2TP) as they decide FW-001. A drop that
 * counted packets is users failing (error, saying how many); one that counted none since its
 * counters were reset is latent and says so; without counters nothing changes (no "counted" in the
 * reason). ESP only counts as ESP when the drop selects ESP alone: a drop of everything counts
 * scanners too, so FW-003 stays latent info whatever it counted.
 */
class CountersDecideEveryFirewallDropTest {
    @ParameterizedTest(name = "{1} on {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            firewall-ike-dropped-counted.txt         | L2TP-FW-002 | ERROR   | the counters show it: rule 5 ("defconf: drop all not coming from LAN") counted 9120 packets
            firewall-ike-dropped-never-hit.txt       | L2TP-FW-002 | WARNING | latent: rule 5 counted no packet
            firewall-4500-dropped-time-up.txt        | L2TP-FW-002 | ERROR   | ''
            l2tp-inside-ipsec-dropped-counted.txt    | L2TP-FW-006 | ERROR   | the counters show it: rule 5 ("defconf: drop all not coming from LAN") counted 6210 packets
            l2tp-inside-ipsec-dropped-never-hit.txt  | L2TP-FW-006 | WARNING | latent: rule 5 counted no packet
            l2tp-inside-ipsec-dropped.txt            | L2TP-FW-006 | ERROR   | the log shows clients through IKE
            esp-dropped-by-its-own-rule-counted.txt  | L2TP-FW-003 | ERROR   | the counters show it: rule 5 ("no bare ESP from the internet") drops ESP alone and counted 318 packets
            esp-dropped-by-general-drop-counted.txt  | L2TP-FW-003 | INFO    | latent: clients behind NAT use NAT-T
            esp-dropped-never-hit.txt                | L2TP-FW-003 | INFO    | latent: rule 5 counted no packet
            """)
    void theCountersDecideTheLevelAndSaySo(String fixture, String rule, Level level, String because) throws Exception {
        Outcome.Finding fw = RuleFindings.ofFixture(fixture, rule).orElseThrow();
        assertThat(fw.level()).isEqualTo(level);
        assertThat(fw.because()).startsWith(because);
        if (fixture.contains("general-drop")) {
            assertThat(fw.because()).contains("cannot tell whether a client's ESP was among them");
        }
        if (!fixture.contains("counted") && !fixture.contains("never-hit")) {
            assertThat(fw.because()).doesNotContain("counted");
        }
    }
}
