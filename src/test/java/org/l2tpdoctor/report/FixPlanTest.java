package org.l2tpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.rules.Diagnosis;

/** One plan across the findings: each change once, named targets win, no print as a fix, one flush last, choices commented. */
class FixPlanTest {

    static Diagnosis diagnose(String fixture) throws Exception {
        return TestParsing.diagnose(Path.of("rules/fixtures/" + fixture));
    }

    @Test
    void aCommandFollowedByAnOrIsTheChoicesFirstOptionNotALiveChangeBesideIt() throws Exception {
        // L2TP-NAT-002 and others had printed "choose ONE of these: (a) or, the documented alternative"
        // with no command under it, the alternative's command apart as "optional", and the first way live
        assertThat(FixPlan.eitherFirst("# keep it out\n/ip x set a=b\n# or, instead, the other way\n# /ip y add c=d"))
                .isEqualTo("# either keep it out\n/ip x set a=b\n# or, instead, the other way\n# /ip y add c=d");
        assertThat(FixPlan.eitherFirst("/ip x set a=b\n# or the other way\n/ip y set c=d"))
                .isEqualTo("# either\n/ip x set a=b\n# or the other way\n/ip y set c=d");
        String written = "# either one\n/ip x set a=b\n# or two\n/ip y set c=d";
        assertThat(FixPlan.eitherFirst(written)).isEqualTo(written);

        List<String> lines = FixPlan.of(diagnose("policy-template-removed.txt").findings()).scriptLines();
        int a = lines.indexOf("#  (a) add the default template back");
        assertThat(a).isPositive();
        assertThat(lines.get(a + 1)).startsWith("# :if ").contains("/ip ipsec policy add template=yes");
        assertThat(lines.get(a + 2)).isEqualTo("#  (b) enable the one that is there");
        assertThat(lines.get(a + 3)).isEqualTo("# /ip ipsec policy enable [find template=yes]");
        assertThat(lines).noneMatch(l -> l.startsWith(":if") || l.startsWith("/ip ipsec policy"));
        assertThat(lines).noneMatch(l -> l.matches("#  \\([a-z]\\) (or|either)\\b.*"));
    }

    @Test
    void adviceOfSeveralCommentLinesKeepsEachSentence() {
        // L2TP-CLIENT-001's two comment lines had run together: 'see "On the client" router behind ...'
        assertThat(FixPlan.sentences(List.of("nothing to change on the router for this; see \"On the client\"",
                "router behind an ISP router: forward UDP 500 and UDP 4500 (not only 500) to it")))
                .isEqualTo("nothing to change on the router for this; see \"On the client\"; router behind an ISP router: "
                        + "forward UDP 500 and UDP 4500 (not only 500) to it");
        // a line ending in ':' leads into the next
        assertThat(FixPlan.sentences(List.of("on the Windows client (PowerShell):", "Add-VpnConnectionRoute ...")))
                .isEqualTo("on the Windows client (PowerShell): Add-VpnConnectionRoute ...");
        // a line ending in ';' or a next line opening with '(' carries on the sentence
        assertThat(FixPlan.sentences(List.of("must generate them per port;", "POLICY-001 names it", "(a dynamic one already does)")))
                .isEqualTo("must generate them per port; POLICY-001 names it (a dynamic one already does)");
    }

    @Test
    void secondClientPlanIsMergedAndEndsWithOneFlush() throws Exception {
        FixPlan plan = FixPlan.of(diagnose("second-client-fails.txt").findings());
        List<String> lines = plan.scriptLines();
        assertThat(lines.get(lines.size() - 1)).isEqualTo(FixPlan.FLUSH);
        assertThat(lines.stream().filter(l -> l.contains("installed-sa flush")).count()).isEqualTo(1);
        List<String> live = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(live).doesNotHaveDuplicates();
        assertThat(live).noneMatch(l -> l.matches(".*\\bprint\\b.*"));
        assertThat(live.stream().filter(l -> l.contains("generate-policy=port-strict")).count()).isEqualTo(1);
        assertThat(live.stream().filter(l -> l.contains("level=unique")).count()).isEqualTo(1);
        assertThat(plan.checks()).contains("/ip ipsec installed-sa print", "/ppp active print");
    }

    @Test
    void aNamedTargetWinsOverABroadOneForTheSameChange() {
        assertThat(FixPlan.sameChange("/ip ipsec identity set [find where !dynamic] generate-policy=port-strict"))
                .isEqualTo(FixPlan.sameChange("/ip ipsec identity set [find peer=\"road-warriors\"] generate-policy=port-strict"));
        assertThat(FixPlan.named("/ip ipsec identity set [find peer=\"road-warriors\"] generate-policy=port-strict")).isTrue();
        assertThat(FixPlan.named("/ip ipsec identity set [find where !dynamic] generate-policy=port-strict")).isFalse();
    }

    @Test
    void alternativesAreCommentedChoicesNeverTwoLiveCommands() throws Exception {
        FixPlan plan = FixPlan.of(diagnose("second-client-fails.txt").findings());
        List<String> lines = plan.scriptLines();
        assertThat(lines).noneMatch(l -> l.startsWith("/ip ipsec peer remove") || l.startsWith("/ip ipsec peer set"));
        assertThat(lines).anyMatch(l -> l.startsWith("# /ip ipsec peer remove"));
        assertThat(lines).anyMatch(l -> l.contains("choose ONE"));
    }

    @Test
    void aHealthyRouterHasNoPlan() throws Exception {
        assertThat(FixPlan.of(diagnose("healthy-3-clients.txt").findings()).isEmpty()).isTrue();
    }

    @Test
    void checksAfterwardsLookAtEachMenuOnceAndExpectWhatThePlanSet() throws Exception {
        Diagnosis d = diagnose("second-client-fails.txt");
        List<Afterwards.Check> checks = Afterwards.of(FixPlan.of(d.findings()), Afterwards.clients(d.snapshot()));
        assertThat(checks.subList(0, 3)).extracting(Afterwards.Check::command)
                .containsExactly("/ip ipsec installed-sa print", "/ppp active print", "/ip ipsec policy print");
        assertThat(checks).extracting(c -> Afterwards.menu(c.command())).doesNotHaveDuplicates();
        assertThat(checks.get(1).expect()).isEqualTo("2 L2TP sessions");
        assertThat(checks).anySatisfy(c -> assertThat(c.expect()).isEqualTo("generate-policy=port-strict"));
    }

    @Test
    void checksCarryTheCountsOfAHealthyServer() {
        assertThat(Afterwards.expect("/ip ipsec installed-sa print", 2)).startsWith("2 SA pairs (4 SAs)");
        assertThat(Afterwards.expect("/ppp active print", 2)).isEqualTo("2 L2TP sessions");
        assertThat(Afterwards.expect("/ip ipsec policy print detail", 1)).startsWith("1 dynamic policy");
        assertThat(Afterwards.expect("/log print where topics~\"l2tp\"", 2)).isEmpty();
    }
}
