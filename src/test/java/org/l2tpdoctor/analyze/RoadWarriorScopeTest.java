package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.fixture;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.only;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.rows;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.text;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Row;

class RoadWarriorScopeTest {

    @Test
    void ikev2PeerForAnyAddressIsNotTheL2tpClientsPeer() {
        Analysis a = fixture("ike2-only-peer.txt");
        assertThat(rows(a, RoadWarriorScope.PEERS)).isEmpty();
        assertThat(rows(a, RoadWarriorScope.PROFILES)).isEmpty(); // use-ipsec=no: no dynamic L2TP peer either
    }

    @Test
    void siteToSiteRouterWithoutL2tpHasNoRoadWarriorProfile() {
        assertThat(rows(fixture("corpus-site-to-site-not-road-warrior.txt"), RoadWarriorScope.PROFILES)).isEmpty();
    }

    @Test
    void theDefaultProfileServesTheDynamicPeerWhenPeersWereNotPasted() {
        Analysis a = text("""
                [admin@R1] > /ip ipsec profile print detail
                Flags: * - default
                 0 * name="default" hash-algorithm=sha1 enc-algorithm=aes-128,3des dh-group=modp2048,modp1024 dpd-interval=2m
                """);
        assertThat(rows(a, RoadWarriorScope.PROFILES)).extracting(r -> r.get("name")).containsExactly("default");
    }

    @Test
    void pskCensusCountsDistinctSecretsWithoutShowingThem() {
        Analysis a = fixture("per-user-psk-static-identities.txt");
        Row psk = only(a, RoadWarriorScope.PSK);
        assertThat(psk.properties()).containsEntry("sources", "4").containsEntry("distinct", "3")
                .containsEntry("static-identities", "2");
        assertThat(psk.properties().values()).noneMatch(v -> v.contains("NOT-REAL"));
        // the static identities lead the evidence, so a fix names their peer
        assertThat(a.basisOf(psk).get(1).get("peer")).isEqualTo("rw-users");
    }

    @Test
    void maskedSecretsAreNotCountedAsDifferent() {
        Row psk = only(text("""
                [admin@R1] > /ip ipsec identity print detail
                Flags: D - dynamic; X - disabled
                 0 D  peer=l2tp-in-server auth-method=pre-shared-key secret="********" generate-policy=port-strict
                 1    peer=rw auth-method=pre-shared-key secret="********" generate-policy=port-strict
                [admin@R1] > /ip ipsec peer print detail
                 0    name="rw" address=0.0.0.0/0 exchange-mode=main passive=yes
                """), RoadWarriorScope.PSK);
        assertThat(psk.get("distinct")).isEqualTo("0");
    }

    @Test
    void phase2ProposalIsTheTemplatesOne() {
        Analysis a = text("""
                [admin@R1] > /ip ipsec policy print detail
                Flags: T - template; X - disabled, D - dynamic; * - default
                 0 T  * group=default src-address=::/0 dst-address=::/0 protocol=all proposal=rw template=yes
                [admin@R1] > /ip ipsec proposal print detail
                Flags: X - disabled; * - default
                 0  * name="default" auth-algorithms=sha1 enc-algorithms=aes-256-cbc pfs-group=modp1024
                 1    name="rw" auth-algorithms=sha256 enc-algorithms=aes-256-gcm pfs-group=none
                """);
        assertThat(rows(a, RoadWarriorScope.PROPOSALS)).extracting(r -> r.get("name")).containsExactly("rw");
    }
}
