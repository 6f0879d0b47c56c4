package org.l2tpdoctor.collect.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleAnswersTest {

    @Test
    void refusesWritesTheWayRouterOsDoes() {
        assertThat(ConsoleAnswers.refusal("/ip ipsec policy set 0 level=unique"))
                .isEqualTo("bad command name set (line 1 column 18)\n");
        assertThat(ConsoleAnswers.refusal("/ip ipsec installed-sa flush"))
                .isEqualTo("bad command name flush (line 1 column 24)\n");
        assertThat(ConsoleAnswers.refusal("/system reboot"))
                .isEqualTo("bad command name reboot (line 1 column 9)\n");
        assertThat(ConsoleAnswers.refusal("/ip ipsec policy print; /system reboot"))
                .isEqualTo("syntax error (line 1 column 23)\n");
    }

    @Test
    void answersFromTheScenarioAndKnowsWhichMenusEachVersionHas() throws Exception {
        ConsoleAnswers v7 = new ConsoleAnswers(Scenario.builtIn("healthy"));
        assertThat(v7.answer("/system identity print")).isEqualTo("  name: office-gw\n");
        assertThat(v7.answer("/ip ipsec remote-peers print detail without-paging"))
                .isEqualTo("bad command name remote-peers (line 1 column 11)\n");

        ConsoleAnswers v6 = new ConsoleAnswers(Scenario.builtIn("healthy-v6"));
        assertThat(v6.answer("/ip ipsec active-peers print detail without-paging"))
                .isEqualTo("bad command name active-peers (line 1 column 11)\n");
        assertThat(v6.answer("/ip ipsec identity print detail without-paging")).contains("generate-policy=port-strict");
    }
}
