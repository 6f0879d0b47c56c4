package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.Snapshot;

/** /interface ethernet: the ARP mode of a port, from a print and from an export's "set [ find default-name=... ]". */
class EthernetPrintTest {
    @Test
    void withItsPrompt() {
        Snapshot s = TestParsing.text("""
                [admin@office-gw] > /interface ethernet print detail
                Flags: X - disabled, R - running, S - slave
                 0 R   name="ether1" default-name="ether1" mtu=1500 l2mtu=1514 mac-address=48:A9:8A:00:01:01
                         arp=enabled arp-timeout=auto loop-protect=default
                 1 R   name="LAN" default-name="ether2" mtu=1500 l2mtu=1514 mac-address=48:A9:8A:00:01:02
                         arp=reply-only arp-timeout=auto loop-protect=default
                """);

        assertThat(s.rows("/interface ethernet")).extracting(e -> e.get("name") + ":" + e.get("arp"))
                .containsExactly("ether1:enabled", "LAN:reply-only");
    }

    @Test
    void fromAnExportsSetByDefaultName() {
        Snapshot s = TestParsing.text("""
                # 2024-11-30 03:56:06 by RouterOS 7.16.2
                /interface ethernet
                set [ find default-name=ether2 ] arp=proxy-arp name=LAN
                """);

        assertThat(s.rows("/interface ethernet")).singleElement()
                .satisfies(e -> assertThat(e.get("name") + ":" + e.get("arp")).isEqualTo("LAN:proxy-arp"));
    }

    @Test
    void withoutAPromptByItsShape() {
        Snapshot s = TestParsing.text("""
                Flags: X - disabled, R - running, S - slave
                 0 R   name="ether1" default-name="ether1" mtu=1500 l2mtu=1514 mac-address=48:A9:8A:00:01:01
                         orig-mac-address=48:A9:8A:00:01:01 arp=enabled arp-timeout=auto
                """);

        assertThat(s.tables()).containsOnlyKeys("/interface ethernet");
    }
}
