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
    void oneMovePlanForEveryIpsecProbeDroppedAboveItsAcceptNamedByCommentNotNumber() {
        Analysis a = fixture("firewall-drop-above-ipsec-accepts.txt");
        List<Row> path = rows(a, FirewallPath.MENU);
        assertThat(path).filteredOn(r -> !r.get("probe").equals("udp-1701-plain"))
                .allSatisfy(r -> assertThat(r.properties())
                        .containsEntry("move-find", "(chain=input and comment=\"L2TP/IPsec IKE and NAT-T\") or "
                                + "(chain=input and comment=\"L2TP/IPsec ESP\") or (chain=input and comment=\"L2TP only inside IPsec\")")
                        .containsEntry("move-before-find", "chain=input and comment=\"defconf: drop all not coming from LAN\"")
                        .doesNotContainKey("move-rules"));
        Row inside = path.stream().filter(r -> r.get("probe").equals("udp-1701-ipsec")).findFirst().orElseThrow();
        assertThat(inside.properties()).containsEntry("accept-rule", "7");
        assertThat(a.basisOf(path.get(0)).get(0)).isSameAs(path.get(0));
    }

    @Test
    void aRuleOnTheInterfaceTheEvidenceShowsIsTheWanDecides() {
        List<Row> path = rows(text("""
                /ip dhcp-client
                add interface=ether1
                /ip firewall filter
                add action=accept chain=input protocol=icmp
                add action=accept chain=input dst-port=1701 protocol=udp
                add action=drop chain=input in-interface=ether1
                """), FirewallPath.MENU);
        Row ike = path.stream().filter(r -> r.get("probe").equals("udp-500")).findFirst().orElseThrow();
        assertThat(ike.properties()).containsEntry("verdict", "dropped")
                .containsEntry("rule-find", "action=drop and chain=input and in-interface=ether1")
                .containsEntry("wan-match", " in-interface=ether1");
    }

    @Test
    void aRawDropStopsIkeBeforeTheFilterSeesIt() {
        List<Row> path = rows(text("""
                /ip firewall raw
                add action=drop chain=prerouting comment="block IKE" dst-port=500 protocol=udp
                /ip firewall filter
                add action=accept chain=input dst-port=500,4500 protocol=udp
                """), FirewallPath.MENU);
        Row ike = path.stream().filter(r -> r.get("probe").equals("udp-500")).findFirst().orElseThrow();
        assertThat(ike.properties()).containsEntry("verdict", "dropped").containsEntry("table", "raw")
                .containsEntry("rule-find", "chain=prerouting and comment=\"block IKE\"");
        Row natt = path.stream().filter(r -> r.get("probe").equals("udp-4500")).findFirst().orElseThrow();
        assertThat(natt.properties()).containsEntry("verdict", "accepted");
    }

    @Test
    void l2tpDecapsulatedFromIpsecMeetsTheDropBelowTheIpsecAccepts() {
        List<Row> path = rows(fixture("l2tp-inside-ipsec-dropped.txt"), FirewallPath.MENU);
        Row inside = path.stream().filter(r -> r.get("probe").equals("udp-1701-ipsec")).findFirst().orElseThrow();
        assertThat(inside.properties()).containsEntry("verdict", "dropped").doesNotContainKey("accept-rule")
                .containsEntry("rule-find", "chain=input and comment=\"defconf: drop all not coming from LAN\"");
    }

    @Test
    void noPlanWhenNothingIsAcceptedBelowTheDrop() {
        List<Row> path = rows(fixture("firewall-4500-dropped-time-up.txt"), FirewallPath.MENU);
        Row nat = path.stream().filter(r -> r.get("probe").equals("udp-4500")).findFirst().orElseThrow();
        assertThat(nat.properties()).containsEntry("verdict", "dropped").containsEntry("rule", "5")
                .doesNotContainKey("accept-rule").doesNotContainKey("move-find");
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
