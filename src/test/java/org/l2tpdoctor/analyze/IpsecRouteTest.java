package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.fixture;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.only;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.text;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Row;

/**
 * Which way the router's own IKE leaves for a peer pinned to a local-address (MikroTik's IPsec
 * manual: IPsec uses the main routing table whatever the local-address), and whether a masquerade
 * on the local-address's link would rewrite it. The real case is the casebook's
 * docs-ipsec-different-routing-table; these pastes are our own.
 */
class IpsecRouteTest {
    /** Two WANs, the second reached only by the routing table isp2; each test adds its peer. */
    private static final String TWO_WANS_V7 = """
                # 2026-11-12 10:20:00 by RouterOS 7.16.2
                /ip address
                add address=192.0.2.10/24 interface=ether1 network=192.0.2.0
                add address=198.51.100.20/24 interface=ether2 network=198.51.100.0
                /ip route
                add dst-address=0.0.0.0/0 gateway=192.0.2.1
                add dst-address=0.0.0.0/0 gateway=198.51.100.1 routing-table=isp2
                /ip ipsec peer
                """;

    @Test
    void aLocalAddressOnALinkOnlyAnotherTableReachesNeedsTheMark() {
        Row r = only(fixture("ipsec-peer-on-backup-table.txt"), IpsecRoute.MENU);
        assertThat(r.properties()).containsEntry("route", "other-table").containsEntry("table", "isp2")
                .containsEntry("local-interface", "ether2").containsEntry("main-interface", "ether1")
                .containsEntry("marked", "no").containsEntry("nat-rewrites", "no");
    }

    @Test
    void aMangleOutputRuleThatSetsTheTablesMarkRoutesIt() {
        Row r = only(fixture("ipsec-peer-on-backup-table-marked.txt"), IpsecRoute.MENU);
        assertThat(r.properties()).containsEntry("route", "other-table").containsEntry("marked", "yes");
    }

    @Test
    void aV7ExportWithRoutingTableAndTheLocalAddressOnTheMainLinkIsMain() {
        Row r = only(text(TWO_WANS_V7 + "add address=203.0.113.50/32 local-address=192.0.2.10 name=to-hq\n"),
                IpsecRoute.MENU);
        assertThat(r.properties()).containsEntry("route", "main").containsEntry("local-interface", "ether1")
                .containsEntry("main-interface", "ether1");
    }

    @Test
    void aV7ExportWithTheLocalAddressOnTheSecondTablesLinkIsOtherTable() {
        Row r = only(text(TWO_WANS_V7 + "add address=0.0.0.0/0 local-address=198.51.100.20 name=road-warriors passive=yes\n"),
                IpsecRoute.MENU);
        assertThat(r.properties()).containsEntry("route", "other-table").containsEntry("table", "isp2")
                .containsEntry("local-interface", "ether2").containsEntry("main-interface", "ether1")
                .containsEntry("nat-rewrites", "no");
    }

    @Test
    void aLocalAddressThatIsNotItsLinksPreferredSourceIsRewrittenByAMasquerade() {
        Row r = only(text("""
                [admin@r1] > /ip address print
                Flags: X - disabled, I - invalid, D - dynamic
                 #   ADDRESS            NETWORK         INTERFACE
                 0   172.22.2.1/24      172.22.2.0      ether1
                 1   172.22.2.3/24      172.22.2.0      ether1
                [admin@r1] > /ip ipsec peer print detail
                Flags: X - disabled, D - dynamic, R - responder
                 0     address=203.0.113.50/32 local-address=172.22.2.3 passive=no profile=default
                """), IpsecRoute.MENU);
        assertThat(r.properties()).containsEntry("nat-rewrites", "yes").containsEntry("route", "unknown")
                .containsKey("missing");
    }
}
