package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.fixture;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.only;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.text;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Row;

class IpsecCountsTest {

    @Test
    void threeClientsThreePairsThreePolicies() {
        Row c = only(fixture("healthy-3-clients.txt"), IpsecCounts.MENU);
        assertThat(c.properties()).containsEntry("l2tp-sessions", "3").containsEntry("installed-sa", "6")
                .containsEntry("sa-check", "ok").containsEntry("l2tp-policies", "3").containsEntry("policy-check", "ok");
    }

    @Test
    void leftoverSaPairAndCollidingPoliciesAreCountedAndShown() {
        Analysis a = fixture("verify-counts-mismatch.txt");
        Row c = only(a, IpsecCounts.MENU);
        assertThat(c.properties()).containsEntry("installed-sa", "6").containsEntry("expected-sa", "4")
                .containsEntry("sa-check", "extra").containsEntry("duplicate-policies", "2")
                .containsEntry("policy-check", "duplicate");
        assertThat(a.basisOf(c).get(0)).isSameAs(c);
        assertThat(a.basisOf(c)).anyMatch(r -> r.menu().equals("/ip ipsec installed-sa"))
                .anyMatch(r -> r.menu().equals("/ip ipsec policy"));
    }

    @Test
    void dyingSasAndSiteToSiteSasAreNotCounted() {
        Row c = only(text("""
                [admin@R1] > /ip ipsec peer print detail
                 0    name="branch" address=203.0.113.200/32 exchange-mode=ike2
                [admin@R1] > /ip ipsec installed-sa print detail
                 0  E spi=0x1 src-address=192.0.2.9 dst-address=198.51.100.1 state=mature
                 1  E spi=0x2 src-address=198.51.100.1 dst-address=192.0.2.9 state=mature
                 2  E spi=0x3 src-address=192.0.2.9 dst-address=198.51.100.1 state=dying
                 3  E spi=0x4 src-address=203.0.113.200 dst-address=198.51.100.1 state=mature
                 4  E spi=0x5 src-address=198.51.100.1 dst-address=203.0.113.200 state=mature
                [admin@R1] > /ppp active print detail
                 0   name="a" service=l2tp caller-id="192.0.2.9" address=10.0.0.2 encoding="cbc(aes) + hmac(sha1)"
                """), IpsecCounts.MENU);
        assertThat(c.properties()).containsEntry("installed-sa", "2").containsEntry("sa-check", "ok");
        assertThat(c.has("policy-check")).isFalse();
    }

    @Test
    void anExportCannotShowDynamicPoliciesMissing() {
        // MikroTik manual, L2TP LAC/LNS: the LNS's configuration (slash paths) and its status prints
        Analysis a = text("""
                # dec/06/2026 10:00:00 by RouterOS 7.16
                /interface/l2tp-server/server
                set enabled=yes
                /ip/pool
                add name=pool0 ranges=192.168.99.2-192.168.99.99
                /ppp/secret
                add name=good_worker@mt.lv password=<redacted>
                [admin@CHR_v6_bgp] /ppp/active> print
                Flags: R - radius
                # NAME SERVICE CALLER-ID ADDRESS UPTIME ENCODING
                0 good_worker@mt.lv l2tp 10.155.101.216 192.168.99.2 6h15m57s
                """);
        assertThat(a.snapshot().rows(IpsecCounts.MENU)).as("an export never lists dynamic policies").isEmpty();
    }
}
