package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.fixture;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.only;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.text;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Row;

class LogCoverageTest {

    @Test
    void presentEvenWithoutALog() {
        Row c = only(fixture("l2tp-server-disabled.txt"), LogCoverage.MENU);
        assertThat(c.properties()).containsEntry("log-lines", "0").containsEntry("ipsec-lines", "0")
                .containsEntry("l2tp-lines", "0");
    }

    @Test
    void countsIpsecL2tpAndDebugLines() {
        Row c = only(text("""
                [admin@R1] > /log print
                 17:12:32 ipsec,error no suitable proposal found.
                 17:21:08 ipsec rejected hashtype: DB(prop#1:trns#1):Peer(prop#1:trns#1) = MD5:SHA
                 17:22:00 l2tp,info first L2TP UDP packet received from 192.0.2.1
                 17:22:01 dhcp,info server1 assigned 192.168.88.20 for 6A:D6:E8:04:16:92
                """), LogCoverage.MENU);
        assertThat(c.properties()).containsEntry("log-lines", "4").containsEntry("ipsec-lines", "2")
                .containsEntry("debug-lines", "1").containsEntry("l2tp-lines", "1");
    }
}
