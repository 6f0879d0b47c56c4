package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.fixture;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.only;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Row;

class FasttrackTest {

    @Test
    void factoryFirewallAcceptsIpsecAboveFasttrack() {
        Row f = only(fixture("healthy-3-clients.txt"), Fasttrack.MENU);
        assertThat(f.properties()).containsEntry("rule", "10").containsEntry("ipsec-in-accepted", "yes")
                .containsEntry("ipsec-out-accepted", "yes");
    }

    @Test
    void fasttrackWithoutTheIpsecAccepts() {
        Analysis a = fixture("firewall-drop-above-ipsec-accepts.txt");
        Row f = only(a, Fasttrack.MENU);
        assertThat(f.properties()).containsEntry("rule", "8").containsEntry("ipsec-in-accepted", "no");
        assertThat(a.basisOf(f)).extracting(Row::menu).containsExactly(Fasttrack.MENU, "/ip firewall filter");
    }
}
