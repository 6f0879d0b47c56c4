package org.l2tpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Outcome;

/**
 * What check collects decides the firewall and after-connect checks: with the default routes,
 * the DHCP networks, the interface lists and the firewall counters read over SSH, none of them
 * asks for more data, and every print of every demo scenario is understood (the captures are made
 * the way the collector makes them: one per command, named by it).
 */
class CheckReadsWhatTheFirewallAndAfterConnectRulesNeedTest {
    private static final Set<String> DECIDED_BY_CHECK = Set.of("L2TP-ROUTE-001", "L2TP-FW-007", "L2TP-DNS-002",
            "L2TP-FW-001", "L2TP-FW-002", "L2TP-FW-003", "L2TP-FW-006");

    @Test
    void everyDemoScenarioGivesThemTheirData() throws Exception {
        for (String name : Scenario.builtInNames()) {
            Snapshot s = collected(Scenario.builtIn(name));
            assertThat(s.warnings()).as(name).isEmpty();
            assertThat(s.rows(Menus.IP_ROUTE)).as(name).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.get("dst-address")).isEqualTo("0.0.0.0/0"));
            assertThat(s.rows(Menus.INTERFACE_LIST_MEMBER)).as(name).isNotEmpty();
            assertThat(s.rows(Menus.DHCP_SERVER_NETWORK)).as(name).isNotEmpty();

            Diagnosis d = TestParsing.diagnose(s);
            for (String id : DECIDED_BY_CHECK) {
                assertThat(d.outcomeOf(id)).as(name + " " + id).isNotInstanceOf(Outcome.NotChecked.class);
            }
            // the counters reach the firewall model: every WAN probe's deciding rule carries its packets
            assertThat(d.analysis().snapshot().rows("/doctor firewall-path")).as(name).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.get("rule-packets")).as(name + " " + r).isNotNull());
        }
    }

    @Test
    void theCountersTellTheFirewallOrderStory() throws Exception {
        Diagnosis d = TestParsing.diagnose(collected(Scenario.builtIn("firewall-order")));
        assertThat(d.outcomeOf("L2TP-FW-001")).isInstanceOfSatisfying(Outcome.Finding.class,
                f -> assertThat(f.because()).contains("counted 10240 packets", "counted 0"));
        Row udp500 = d.analysis().snapshot().rows("/doctor firewall-path").stream()
                .filter(r -> "udp-500".equals(r.get("probe"))).findFirst().orElseThrow();
        assertThat(udp500.get("rule-packets")).isEqualTo("10240");
        assertThat(udp500.get("accept-rule-packets")).isEqualTo("0");
    }

    /** The captures check makes of a router: one per command of its version, as the scenario answers it. */
    private static Snapshot collected(Scenario scenario) {
        List<Capture> captures = new ArrayList<>();
        for (String command : CommandCatalogue.commandsFor(scenario.major())) {
            scenario.answer(command).ifPresent(text -> captures.add(new Capture("demo:" + scenario.name(), command, text)));
        }
        return Pipeline.parse(captures);
    }
}
