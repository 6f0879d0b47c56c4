package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.fixture;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.rows;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.text;

import org.junit.jupiter.api.Test;

class L2tpSessionsTest {

    @Test
    void encodingTellsIpsecFromMppe() {
        assertThat(rows(fixture("plain-l2tp-sessions.txt"), L2tpSessions.MENU))
                .extracting(r -> r.get("name") + ":" + r.get("ipsec") + ":" + r.get("by"))
                .containsExactly("sara:yes:encoding", "linux-build:no:encoding");
    }

    @Test
    void withoutEncodingTheActivePeersDecide() {
        Analysis a = text("""
                [admin@R1] > /ppp active print detail
                 0   name="a" service=l2tp caller-id="192.0.2.1" address=10.0.0.2 encoding=""
                 1   name="b" service=l2tp caller-id="192.0.2.2" address=10.0.0.3 encoding=""
                 2   name="c" service=pppoe caller-id="AA:BB:CC:DD:EE:FF" address=10.0.0.4
                [admin@R1] > /ip ipsec active-peers print detail
                 0 R  id="192.0.2.1" local-address=198.51.100.1 port=500 remote-address=192.0.2.1 port=500 state=established
                """);
        assertThat(rows(a, L2tpSessions.MENU)).extracting(r -> r.get("name") + ":" + r.get("ipsec") + ":" + r.get("by"))
                .containsExactly("a:yes:active-peers", "b:no:active-peers");
    }

    @Test
    void withNothingToGoByItIsUnknown() {
        assertThat(rows(text("""
                [admin@R1] > /ppp active print detail
                 0   name="a" service=l2tp caller-id="192.0.2.1" address=10.0.0.2
                """), L2tpSessions.MENU)).extracting(r -> r.get("ipsec")).containsExactly("unknown");
    }
}
