package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.fixture;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.rows;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Row;

class ClientPathTest {
    private static final String EXPORT_HEAD = """
            # 2026-11-03 09:12:40 by RouterOS 7.16.2
            /interface bridge
            add name=bridge
            /interface list
            add name=WAN
            add %s name=LAN
            /ip pool
            add name=vpn ranges=10.10.10.10-10.10.10.100
            /ppp profile
            set *FFFFFFFE dns-server=192.168.88.1 local-address=10.10.10.1 remote-address=vpn
            /interface l2tp-server server
            set enabled=yes use-ipsec=required
            /interface list member
            add interface=bridge list=LAN
            add interface=ether1 list=WAN
            /ip address
            add address=192.168.88.1/24 interface=bridge network=192.168.88.0
            /ip dhcp-client
            add interface=ether1
            /ip dns
            set allow-remote-requests=yes
            /ip firewall filter
            add action=accept chain=input connection-state=established,related,untracked
            add action=drop chain=input comment="defconf: drop all not coming from LAN" in-interface-list=!LAN
            add action=accept chain=forward connection-state=established,related,untracked
            add action=drop chain=forward comment="defconf: drop all from WAN not DSTNATed" connection-nat-state=!dstnat connection-state=new in-interface-list=WAN
            %s
            /ppp secret
            add name=anna service=l2tp
            """;

    private static Row probe(List<Row> path, String name) {
        return path.stream().filter(r -> r.get("probe").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aDropOfEverythingNotFromTheLanListCatchesTheClientsDynamicInterfaces() {
        List<Row> path = rows(fixture("after-connect-forward-drop-not-lan.txt"), ClientPath.MENU);
        assertThat(probe(path, "lan").properties()).containsEntry("verdict", "dropped")
                .containsEntry("rule-find", "chain=forward and comment=\"drop everything not from LAN\"")
                .containsEntry("place-before-find", "chain=forward and comment=\"drop everything not from LAN\"")
                .containsEntry("client-match", "in-interface=all-ppp src-address=10.10.10.10-10.10.10.100");
        assertThat(probe(path, "internet").properties()).containsEntry("verdict", "dropped");
        assertThat(probe(path, "dns").properties()).containsEntry("verdict", "dropped")
                .containsEntry("rule-find", "chain=input and comment=\"defconf: drop all not coming from LAN\"");
    }

    @Test
    void theFactoryForwardDropOfTheWanListLetsClientsThroughAndIncludeDynamicLetsTheirDnsIn() {
        List<Row> factory = rows(text(EXPORT_HEAD.formatted("", "")), ClientPath.MENU);
        assertThat(probe(factory, "lan").properties()).containsEntry("verdict", "accepted-by-default");
        assertThat(probe(factory, "internet").properties()).containsEntry("verdict", "accepted-by-default");
        assertThat(probe(factory, "dns").properties()).containsEntry("verdict", "dropped");

        List<Row> included = rows(text(EXPORT_HEAD.formatted("include=dynamic", "")), ClientPath.MENU);
        assertThat(probe(included, "dns").properties()).containsEntry("verdict", "accepted-by-default");

        // the PPP profile's interface-list adds each client's interface to the list on connect
        List<Row> byProfile = rows(text(EXPORT_HEAD.formatted("", "").replace("dns-server=192.168.88.1 ",
                "dns-server=192.168.88.1 interface-list=LAN ")), ClientPath.MENU);
        assertThat(probe(byProfile, "dns").properties()).containsEntry("verdict", "accepted-by-default");
    }

    @Test
    void aDropLimitedToOtherAddressesOrPortsIsConditionalNotGuessed() {
        List<Row> path = rows(text(EXPORT_HEAD.formatted("",
                "add action=drop chain=forward src-address=192.168.50.0/24\n"
                        + "add action=drop chain=forward protocol=tcp dst-port=445 in-interface-list=!LAN")), ClientPath.MENU);
        Row lan = probe(path, "lan");
        assertThat(lan.properties()).containsEntry("verdict", "accepted-by-default").containsEntry("conditional-rules", "1");
    }

    @Test
    void withoutTheListMembersInThePasteAListDropStaysConditional() {
        List<Row> path = rows(text("""
                [admin@r1] > /interface l2tp-server server print
                            enabled: yes
                            max-mtu: 1450
                            max-mru: 1450
                               mrru: disabled
                     authentication: mschap2
                  keepalive-timeout: 30
                       default-profile: default-encryption
                          use-ipsec: required
                [admin@r1] > /ppp profile print detail
                Flags: * - default
                 0 * name="default" use-mpls=default use-compression=default use-encryption=default only-one=default change-tcp-mss=yes use-upnp=default address-list="" on-up="" on-down=""
                 1 * name="default-encryption" local-address=10.10.10.1 remote-address=vpn use-mpls=default use-compression=default use-encryption=yes only-one=default change-tcp-mss=yes
                [admin@r1] > /ip pool print
                 # NAME    RANGES
                 0 vpn     10.10.10.10-10.10.10.100
                [admin@r1] > /ip firewall filter print detail
                Flags: X - disabled, I - invalid; D - dynamic
                 0    chain=forward action=drop in-interface-list=!LAN
                """), ClientPath.MENU);
        assertThat(probe(path, "lan").properties()).containsEntry("verdict", "accepted-by-default")
                .containsEntry("conditional-rules", "1");
    }
}
