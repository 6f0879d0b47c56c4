package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.fixture;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.only;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.rows;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.text;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Row;

class ClientRouteTest {
    /** Clients outside the LAN 192.168.1.0/24; each test adds what decides. */
    private static final String SERVER_ON_THE_LAN = """
            # 2026-11-04 09:00:00 by RouterOS 7.16.2
            /ip pool
            add name=vpn ranges=10.20.30.10-10.20.30.60
            /ppp profile
            set *FFFFFFFE local-address=10.20.30.1 remote-address=vpn
            /interface l2tp-server server
            set enabled=yes use-ipsec=required
            /ip address
            add address=192.168.1.10/24 interface=bridge network=192.168.1.0
            """;

    @Test
    void aServerBehindTheLansGatewayNeedsARouteBackForClientsOutsideTheLan() {
        Row route = only(fixture("after-connect-one-armed-no-route-back.txt"), ClientRoute.MENU);
        assertThat(route.properties()).containsEntry("route-back", "needed").containsEntry("lan", "192.168.1.0/24")
                .containsEntry("lan-gateway", "192.168.1.1").containsEntry("router-lan-address", "192.168.1.10")
                .containsEntry("lan-interface", "bridge").containsEntry("client-prefix", "10.20.30.0/26");
    }

    @Test
    void aMasqueradeTowardsTheLanHidesTheClientsBehindTheRouter() {
        Row route = only(fixture("after-connect-one-armed-masquerade-to-lan.txt"), ClientRoute.MENU);
        assertThat(route.properties()).containsEntry("route-back", "no");
    }

    @Test
    void aRouterWhoseDefaultRouteLeavesByItsWanIsTheLansGateway() {
        Row route = only(text(SERVER_ON_THE_LAN + """
                /ip address
                add address=203.0.113.2/30 interface=ether1 network=203.0.113.0
                /ip route
                add dst-address=0.0.0.0/0 gateway=203.0.113.1
                """), ClientRoute.MENU);
        assertThat(route.properties()).containsEntry("route-back", "no");
    }

    @Test
    void aDefaultRouteFromTheWansDhcpClientMakesTheRouterTheLansWayOut() {
        Row route = only(fixture("after-connect-forward-drop-not-lan.txt"), ClientRoute.MENU);
        assertThat(route.properties()).containsEntry("route-back", "no");
    }

    @Test
    void withoutADefaultRouteTheMissingEvidenceIsNamedNotGuessed() {
        Row route = only(text(SERVER_ON_THE_LAN), ClientRoute.MENU);
        assertThat(route.properties()).containsEntry("route-back", "unknown").containsKey("missing");
    }
}
