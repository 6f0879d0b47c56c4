package org.l2tpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * Issue 12: IKE that leaves by another routing table than its local-address's link (MikroTik's IPsec
 * manual, "Using different routing table") is L2TP-ROUTE-002's, and L2TP-NAT-002 does not claim it:
 * its fix (a NAT exception) cannot move a packet to another link. The real case is the casebook's
 * docs-ipsec-different-routing-table; these pastes are our own.
 */
class IkeByAnotherRoutingTableTest {
    /** Two WANs, the second in table isp2, a masquerade on each, a peer pinned to the second. */
    private static final String TWO_WANS = """
            # 2026-11-12 10:20:00 by RouterOS 7.16.2
            /ip address
            add address=192.0.2.10/24 interface=ether1 network=192.0.2.0
            add address=198.51.100.20/24 interface=ether2 network=198.51.100.0
            /ip route
            add dst-address=0.0.0.0/0 gateway=192.0.2.1
            add dst-address=0.0.0.0/0 gateway=198.51.100.1 routing-table=isp2
            /ip ipsec peer
            add address=203.0.113.50/32 local-address=198.51.100.20 name=to-hq
            /ip firewall nat
            add action=masquerade chain=srcnat out-interface=ether1
            add action=masquerade chain=srcnat out-interface=ether2
            """;

    @Test
    void theLogsTimeUpWithTheLocalAddressOnTheOtherTablesLinkIsAnError() throws Exception {
        Outcome.Finding f = RuleFindings.ofFixture("ipsec-peer-on-backup-table.txt", "L2TP-ROUTE-002").orElseThrow();
        assertThat(f.level()).isEqualTo(Level.ERROR);
        assertThat(f.because()).contains("phase 1 times out").contains("ether1").contains("isp2");
        assertThat(f.fix()).contains("new-routing-mark=isp2").contains("dst-address=203.0.113.50/32");
    }

    @Test
    void withoutTheMangleMenuItIsAWarningThatSaysSo(@TempDir Path dir) throws Exception {
        Outcome.Finding f = finding(dir, TWO_WANS, "L2TP-ROUTE-002");
        assertThat(f.level()).isEqualTo(Level.WARNING);
        assertThat(f.because()).contains("this paste has no /ip firewall mangle");
    }

    @Test
    void theMasqueradeDoesNotClaimAPinnedLocalAddressItWouldKeep(@TempDir Path dir) throws Exception {
        // the masquerade on ether2 keeps 198.51.100.20 (the link's only address): the route is the cause
        Outcome.Finding nat = finding(dir, TWO_WANS, "L2TP-NAT-002");
        assertThat(nat.level()).isEqualTo(Level.WARNING); // the site-to-site tunnel's own traffic, no NAT exception
        assertThat(nat.because()).doesNotContain("pins its IKE to a local-address");
    }

    @Test
    void aPinnedAddressThatIsNotItsLinksPreferredSourceStaysTheMasqueradesFinding(@TempDir Path dir) throws Exception {
        Outcome.Finding nat = finding(dir, """
                # 2026-11-12 10:20:00 by RouterOS 7.16.2
                /ip address
                add address=172.22.2.1/24 interface=ether1 network=172.22.2.0
                add address=172.22.2.3/24 interface=ether1 network=172.22.2.0
                /ip route
                add dst-address=0.0.0.0/0 gateway=172.22.2.115
                /ip ipsec peer
                add address=203.0.113.50/32 local-address=172.22.2.3 name=to-hq
                /ip firewall nat
                add action=masquerade chain=srcnat out-interface=ether1
                """, "L2TP-NAT-002");
        assertThat(nat.level()).isEqualTo(Level.WARNING);
        assertThat(nat.because()).contains("pins its IKE to a local-address");
    }

    private static Outcome.Finding finding(Path dir, String paste, String rule) throws Exception {
        Files.writeString(dir.resolve("paste.rsc"), paste);
        return RuleFindings.of(dir, "paste.rsc", rule).orElseThrow();
    }
}
