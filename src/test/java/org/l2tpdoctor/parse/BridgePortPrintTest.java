package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.Snapshot;

/** /interface bridge port: which bridge an interface belongs to, from a print and from an export. */
class BridgePortPrintTest {
    @Test
    void withItsPrompt() {
        Snapshot s = TestParsing.text("""
                [admin@office-gw] > /interface bridge port print detail
                Flags: X - disabled, I - inactive, D - dynamic, H - hw-offload
                 0     ;;; defconf
                       interface=ether2 bridge=bridge priority=0x80 path-cost=10 internal-path-cost=10 edge=auto
                       pvid=1 frame-types=admit-all
                """);

        assertThat(s.rows("/interface bridge port")).singleElement()
                .satisfies(p -> assertThat(p.get("interface") + "@" + p.get("bridge")).isEqualTo("ether2@bridge"));
    }

    @Test
    void fromAnExport() {
        Snapshot s = TestParsing.text("""
                # 2024-11-30 03:56:06 by RouterOS 7.16.2
                /interface bridge port
                add bridge=bridge comment=defconf interface=ether2
                add bridge=bridge comment=defconf interface=ether3
                """);

        assertThat(s.rows("/interface bridge port")).extracting(p -> p.get("interface")).containsExactly("ether2", "ether3");
    }

    @Test
    void withoutAPromptByItsShape() {
        Snapshot s = TestParsing.text("""
                Flags: X - disabled, I - inactive, D - dynamic, H - hw-offload
                 0     interface=ether2 bridge=bridge priority=0x80 path-cost=10 pvid=1 frame-types=admit-all
                """);

        assertThat(s.tables()).containsOnlyKeys("/interface bridge port");
    }
}
