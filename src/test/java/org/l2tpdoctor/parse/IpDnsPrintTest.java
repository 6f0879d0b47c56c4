package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.Snapshot;

/** /ip dns: whether the router answers its clients' DNS queries, from a print and from an export. */
class IpDnsPrintTest {
    @Test
    void withItsPrompt() {
        Snapshot s = TestParsing.text("""
                [admin@office-gw] > /ip dns print
                                      servers: 192.0.2.53
                        allow-remote-requests: no
                          max-udp-packet-size: 4096
                """);

        assertThat(s.rows("/ip dns")).singleElement()
                .satisfies(d -> assertThat(d.get("allow-remote-requests")).isEqualTo("no"));
    }

    @Test
    void fromAnExport() {
        Snapshot s = TestParsing.text("""
                # 2024-11-30 03:56:06 by RouterOS 7.16.2
                /ip dns
                set allow-remote-requests=yes servers=192.0.2.53
                """);

        assertThat(s.rows("/ip dns")).singleElement()
                .satisfies(d -> assertThat(d.get("allow-remote-requests")).isEqualTo("yes"));
    }

    @Test
    void withoutAPromptByItsShape() {
        Snapshot s = TestParsing.text("""
                                      servers: 192.0.2.53
                        allow-remote-requests: yes
                          max-udp-packet-size: 4096
                """);

        assertThat(s.tables()).containsOnlyKeys("/ip dns");
    }
}
