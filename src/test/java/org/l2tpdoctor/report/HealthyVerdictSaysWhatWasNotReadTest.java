package org.l2tpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;

/**
 * "Healthy, nothing to change" over a paste with lines l2tpdoctor could not read claims more than
 * it read: the unread line may be the setting that decides (a typed {@code use-ipsec: requird}).
 */
class HealthyVerdictSaysWhatWasNotReadTest {

    @Test
    void aHealthyVerdictOverUnreadLinesSaysSo() {
        String paste = """
                [admin@r1] > /interface l2tp-server server print
                          enabled: yes
                        use-ipsec: requird
                """;
        Answer answer = Answer.of(TestParsing.diagnose(TestParsing.text(paste)));
        assertThat(answer.verdict().get(0)).startsWith("Healthy");
        assertThat(answer.verdict()).anyMatch(l -> l.startsWith("As far as read: 1 line of the input could not be read"));
    }

    @Test
    void aHealthyVerdictOverAWhollyReadPasteSaysNothingMore() {
        String paste = """
                [admin@r1] > /interface l2tp-server server print
                          enabled: yes
                        use-ipsec: required
                """;
        Answer answer = Answer.of(TestParsing.diagnose(TestParsing.text(paste)));
        assertThat(answer.verdict()).noneMatch(l -> l.startsWith("As far as read"));
    }
}
