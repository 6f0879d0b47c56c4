package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick looks before the line-shape patterns skip only lines the patterns cannot match. */
class LineShapesTest {

    @Test
    void theQuickLooksAgreeWithThePatternsOnEveryLineOfTheCorpusAndTheFixtures() throws IOException {
        List<String> lines = TestLines.everyKnownLine();
        assertAgreement(lines);
        assertThat(lines.stream().filter(LineShapes::isLog).count()).as("log lines seen").isGreaterThan(100);
    }

    @Test
    void theQuickLooksAgreeWithThePatternsOnMutatedLines() {
        assertAgreement(TestLines.mutated(23, 20_000, " \t\r\u000B\f<>/:#0aZTt-.=",
            "2026-09-18 09:54:41 ipsec,error 205.210.31.162 phase1 negotiation failed.",
            " jul/19 14:27:01 l2tp,ppp,info <l2tp-anna>: connected", "17:12:32 ipsec,error no suitable proposal found.",
            "<134>Sep 18 09:54:41 router ipsec,info x", "jan/02/1970 00:41:37 system,info router rebooted",
            "time=2026-09-18 x", "respond new phase 1 (Identity Protection): 1.2.3.4[500]<=>5.6.7.8[500]",
            "ISAKMP-SA established 1.2.3.4[4500]-5.6.7.8[4500] spi:x", "<10.0.0.2>: user anna authentication failed",
            "5.6.7.8 failed to get valid proposal.", "Flags: X - disabled", "Columns: ID, STATE", " #   NAME   SERVICE",
            "      state=established side=responder", "   enabled: yes", " 0 RN id=\"x\" port=4500"));
    }

    private static void assertAgreement(List<String> lines) {
        for (String line : lines) {
            assertThat(LineShapes.isLog(line)).as("isLog [%s]", line).isEqualTo(LineShapes.isLogByPatterns(line));
            assertThat(LineShapes.isPrintHead(line)).as("isPrintHead [%s]", line).isEqualTo(LineShapes.isPrintHeadByPattern(line));
        }
    }
}
