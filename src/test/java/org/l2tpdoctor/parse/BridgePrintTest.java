package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.Snapshot;

/** /interface bridge is read with its prompt, and an export's bridge has the factory ARP mode unless it sets one. */
class BridgePrintTest {
    @Test
    void withItsPrompt() {
        Snapshot s = TestParsing.text("""
                [admin@office-gw] > /interface bridge print detail
                Flags: X - disabled, R - running
                 0  R ;;; defconf
                      name="bridge" mtu=auto actual-mtu=1500 l2mtu=1514 arp=proxy-arp arp-timeout=auto
                      protocol-mode=rstp fast-forward=yes
                """);

        assertThat(s.rows("/interface bridge")).singleElement()
                .satisfies(b -> assertThat(b.get("name")).isEqualTo("bridge"))
                .satisfies(b -> assertThat(b.get("arp")).isEqualTo("proxy-arp"));
    }

    @Test
    void anExportsBridgeAnswersArpUnlessItSaysOtherwise() {
        Snapshot s = TestParsing.text("""
                # 2024-11-30 03:56:06 by RouterOS 7.16.2
                /interface bridge
                add admin-mac=48:A9:8A:00:00:01 auto-mac=no comment=defconf name=bridge
                add arp=reply-only name=guest
                """);

        assertThat(s.rows("/interface bridge")).extracting(b -> b.get("name") + ":" + b.get("arp"))
                .containsExactly("bridge:enabled", "guest:reply-only");
    }

    @Test
    void withoutAPromptByItsShape() {
        Snapshot s = TestParsing.text("""
                Flags: X - disabled, R - running
                 0  R name="bridge" mtu=auto actual-mtu=1500 l2mtu=1514 arp=reply-only arp-timeout=auto
                      protocol-mode=rstp fast-forward=yes
                """);

        assertThat(s.tables()).containsOnlyKeys("/interface bridge");
    }
}
