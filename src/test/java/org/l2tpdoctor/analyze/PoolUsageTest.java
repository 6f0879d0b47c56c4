package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.fixture;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.only;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.text;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Row;

class PoolUsageTest {

    @Test
    void rangesCidrsAndSingleAddressesAreCounted() {
        assertThat(PoolUsage.size(PoolUsage.ranges("10.0.0.10-10.0.0.19"))).isEqualTo(10);
        assertThat(PoolUsage.size(PoolUsage.ranges("10.0.0.0/28,10.0.1.5"))).isEqualTo(17);
        assertThat(PoolUsage.size(PoolUsage.ranges("10.0.0.20-10.0.0.10"))).isZero();
        assertThat(PoolUsage.size(PoolUsage.ranges("fd00::/64"))).isZero();
        assertThat(PoolUsage.ipv4("10.0.0.256")).isEqualTo(-1);
    }

    @Test
    void fullPoolWithMoreUsersThanAddresses() {
        Row pool = only(fixture("pool-exhausted.txt"), PoolUsage.MENU);
        assertThat(pool.properties()).containsEntry("name", "l2tp-pool").containsEntry("size", "5")
                .containsEntry("l2tp-users", "7").containsEntry("spare", "-2").containsEntry("sessions", "5")
                .containsEntry("free", "0");
    }

    @Test
    void healthyPoolHasRoom() {
        Row pool = only(fixture("healthy-3-clients.txt"), PoolUsage.MENU);
        assertThat(pool.properties()).containsEntry("size", "191").containsEntry("free", "188").containsEntry("spare", "187");
    }

    @Test
    void nextPoolAddsCapacity() {
        Row pool = only(text("""
                [admin@R1] > /interface l2tp-server server print
                          enabled: yes
                  default-profile: l2tp-prof
                [admin@R1] > /ppp profile print detail
                 0   name="l2tp-prof" local-address=10.1.0.1 remote-address=small
                [admin@R1] > /ip pool print detail
                 0   name="small" ranges=10.1.0.10-10.1.0.11 next-pool=overflow
                 1   name="overflow" ranges=10.2.0.0/30 next-pool=small
                """), PoolUsage.MENU);
        assertThat(pool.properties()).containsEntry("size", "2").containsEntry("capacity", "6");
        assertThat(pool.has("l2tp-users")).isFalse();
        assertThat(pool.has("free")).isFalse();
    }

    @Test
    void aPoolWhoseRangesThePasteDoesNotShowHasNoSize() {
        // MikroTik manual, IPsec "Basic L2TP/IPsec setup": the console takes "range=" for "ranges="
        Analysis a = text("""
                /ip/pool/add name=vpn-pool range=192.168.99.2-192.168.99.100
                /ppp/profile
                set default local-address=192.168.99.1 remote-address=vpn-pool
                /ppp/secret
                add name=user1 password=<redacted>
                add name=user2 password=<redacted>
                """);
        assertThat(a.snapshot().rows(PoolUsage.MENU)).as("size unknown, not 0").isEmpty();
    }

    @Test
    void aPoolWhoseRangesWereMaskedInCopyingHasNoSize() {
        // an export as forum posters mask it: addresses overwritten with x's
        Analysis a = text("""
                /ip pool
                add comment="remote-pool" name=pool2-remote_access ranges=XX.XX.XX.100-xx.XX.xx.150
                /ppp profile
                add local-address=xxx.xxx.x.1 name="remote-profile" remote-address=pool2-remote_access
                /ppp secret
                add name=user1 password=<redacted> profile="remote-profile" service=l2tp
                """);
        assertThat(a.snapshot().rows(PoolUsage.MENU)).as("size unknown, not 0").isEmpty();
    }
}
