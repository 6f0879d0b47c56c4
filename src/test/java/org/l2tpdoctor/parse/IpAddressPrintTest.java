package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/** /ip address is read with its prompt, and named by its shape without one. */
class IpAddressPrintTest {
    private static final String PRINT = """
            Flags: X - DISABLED, I - INVALID; D - DYNAMIC; S - SLAVE
             0   ;;; defconf
                 address=192.168.88.1/24 network=192.168.88.0 interface=bridge actual-interface=bridge

             1   address=198.51.100.10/24 network=198.51.100.0 interface=ether1 actual-interface=ether1
            """;

    @Test
    void withItsPrompt() {
        Snapshot s = TestParsing.text("[admin@office-gw] > /ip address print detail\n" + PRINT);

        assertThat(s.rows("/ip address")).hasSize(2);
        assertThat(s.rows("/ip address").get(1).get("address")).isEqualTo("198.51.100.10/24");
    }

    @Test
    void withoutAPromptByItsShape() {
        Snapshot s = TestParsing.text(PRINT);

        assertThat(s.tables()).containsOnlyKeys("/ip address");
        Row lan = s.rows("/ip address").get(0);
        assertThat(lan.get("interface")).isEqualTo("bridge");
        assertThat(lan.comment()).isEqualTo("defconf");
    }
}
