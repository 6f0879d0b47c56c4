package org.l2tpdoctor.collect.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;

class ScenarioTest {

    @Test
    void everyBuiltInScenarioAnswersItsWholeCommandList() throws Exception {
        assertThat(Scenario.builtInNames()).containsExactly("healthy", "second-client-fails", "drops",
                "firewall-order", "l2tp-never-starts", "healthy-v6");
        for (String name : Scenario.builtInNames()) {
            Scenario scenario = Scenario.builtIn(name);
            assertThat(scenario.user()).isEqualTo("admin");
            assertThat(scenario.answer(CommandCatalogue.VERSION_COMMAND)).get().asString()
                    .contains("version: " + scenario.version());
            assertThat(CommandCatalogue.commandsFor(scenario.major()))
                    .allSatisfy(command -> assertThat(scenario.answer(command)).as(name + " " + command).isPresent());
        }
    }

    @Test
    void theStoriesAreInTheData() throws Exception {
        Scenario second = Scenario.builtIn("second-client-fails");
        assertThat(second.answer("/ip ipsec active-peers print detail without-paging")).get().asString()
                .contains("remote-address=203.0.113.7 port=1024", "remote-address=203.0.113.7 port=1031");
        assertThat(second.answer("/ip ipsec policy print detail without-paging")).get().asString()
                .contains("level=require template=yes");
        assertThat(Scenario.builtIn("drops").answer("/ip ipsec profile print detail without-paging"))
                .get().asString().contains("dpd-interval=2m");
        assertThat(Scenario.builtIn("firewall-order").answer("/ip firewall filter print detail without-paging"))
                .get().asString().contains(" 3     ;;; defconf: drop all not coming from LAN");
        // its counters tell the story too: the drop counted the clients' packets, the accepts below it none
        assertThat(Scenario.builtIn("firewall-order").answer("/ip firewall filter print stats without-paging"))
                .get().asString().containsPattern("input +drop +[0-9 ]+ +10 240\\n 4 +;;; L2TP/IPsec IKE and NAT-T\\n +input +accept +0 +0\\n");
        assertThat(Scenario.builtIn("l2tp-never-starts").answer(
                "/log print detail without-paging where topics~\"ipsec|l2tp|ppp\""))
                .get().asString().contains("ISAKMP-SA established").doesNotContain("first L2TP UDP packet");
    }

    /** Counters join their rules by item number, so each scenario counts exactly the rules it prints. */
    @Test
    void everyScenarioCountsTheRulesItPrints() throws Exception {
        java.util.regex.Pattern item = java.util.regex.Pattern.compile("(?m)^\\s*(\\d+)\\s");
        for (String name : Scenario.builtInNames()) {
            Scenario scenario = Scenario.builtIn(name);
            for (String table : new String[] {"filter", "raw"}) {
                String detail = scenario.answer("/ip firewall " + table + " print detail without-paging").orElseThrow();
                String stats = scenario.answer("/ip firewall " + table + " print stats without-paging").orElseThrow();
                assertThat(item.matcher(stats).results().map(m -> m.group(1)).toList()).as(name + " " + table)
                        .isEqualTo(item.matcher(detail).results().map(m -> m.group(1)).toList());
            }
        }
    }

    @Test
    void aFolderIsAScenarioToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("system-resource-print.txt"), "  version: 7.16.2 (stable)\n");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        Scenario scenario = Scenario.load(dir.toString());

        assertThat(scenario.version()).isEqualTo("7.16.2");
        assertThat(scenario.user()).isEqualTo("admin");
        assertThat(scenario.answers()).containsOnlyKeys("system-resource-print.txt");
    }

    @Test
    void anUnknownNameListsTheBuiltIns() {
        assertThatThrownBy(() -> Scenario.load("no-such-scenario"))
                .isInstanceOf(InputError.class)
                .hasMessage("no demo scenario 'no-such-scenario'; built in: healthy, second-client-fails,"
                        + " drops, firewall-order, l2tp-never-starts, healthy-v6");
    }
}
