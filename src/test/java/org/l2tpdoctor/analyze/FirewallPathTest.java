package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.fixture;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.rows;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Row;

class FirewallPathTest {

    @Test
    void oneMovePlanForEveryIpsecProbeDroppedAboveItsAccept() {
        Analysis a = fixture("firewall-drop-above-ipsec-accepts.txt");
        List<Row> path = rows(a, FirewallPath.MENU);
        assertThat(path).filteredOn(r -> !r.get("probe").startsWith("udp-1701"))
                .allSatisfy(r -> assertThat(r.properties()).containsEntry("move-rules", "5,6")
                        .containsEntry("move-before", "4"));
        Row plain = path.stream().filter(r -> r.get("probe").equals("udp-1701-ipsec")).findFirst().orElseThrow();
        assertThat(plain.properties()).containsEntry("accept-rule", "7").doesNotContainKey("move-rules");
        assertThat(a.basisOf(path.get(0)).get(0)).isSameAs(path.get(0));
    }

    @Test
    void noPlanWhenNothingIsAcceptedBelowTheDrop() {
        List<Row> path = rows(fixture("firewall-4500-dropped-time-up.txt"), FirewallPath.MENU);
        Row nat = path.stream().filter(r -> r.get("probe").equals("udp-4500")).findFirst().orElseThrow();
        assertThat(nat.properties()).containsEntry("verdict", "dropped").containsEntry("rule", "5")
                .doesNotContainKey("accept-rule").doesNotContainKey("move-rules");
    }

    @Test
    void anEmptyFilterListAcceptsByDefault() {
        List<Row> path = rows(text("""
                [admin@R1] > /ip firewall filter print detail
                Flags: X - disabled, I - invalid; D - dynamic
                 0    chain=forward action=accept
                """), FirewallPath.MENU);
        assertThat(path).hasSize(5).allMatch(r -> r.get("verdict").equals("accepted-by-default"));
    }
}
