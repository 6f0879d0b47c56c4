package org.l2tpdoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fix changes only the objects in the evidence (issue 12): the linter rejects a [find] that is
 * not narrowed, moves and placements by item numbers, and the guide's example names.
 */
class RuleLintRejectsInexactFixesTest {

    private static List<String> problems(String... fix) {
        List<String> problems = new ArrayList<>();
        RuleLinter.checkExactness("L2TP-TEST-001.yaml: fix.default", List.of(fix), problems);
        return problems;
    }

    @Test
    void aBareFindOrOneNarrowedOnlyByDynamicIsRejected() {
        assertThat(problems("/ip ipsec identity set [find] generate-policy=port-strict")).hasSize(1)
                .allMatch(p -> p.contains("[find] is not narrowed"));
        assertThat(problems("/ip ipsec identity set [find where !dynamic] generate-policy=port-strict")).hasSize(1)
                .allMatch(p -> p.contains("[find where !dynamic] is not narrowed"));
    }

    @Test
    void aFindNarrowedByANameAPropertyOrTheEvidenceIsAccepted() {
        assertThat(problems(
                "/ip ipsec identity set [find peer=\"{peer}\"] generate-policy=port-strict",
                "/ip ipsec policy set [find template=yes] level=unique",
                "/ip firewall filter add chain=input action=accept protocol=ipsec-esp place-before=[find where {rule-find}]",
                "/ip firewall filter move [find where {move-find}] destination=[find where {move-before-find}]",
                "# /ip ipsec identity set [find] generate-policy=port-strict")).isEmpty();
    }

    @Test
    void movesAndPlacementsByItemNumbersAreRejected() {
        assertThat(problems("/ip firewall filter move numbers=4,5 destination=3")).hasSize(2);
        assertThat(problems("/ip firewall filter move 4 destination=[find where comment=\"x\"]"))
                .singleElement().asString().contains("move by item numbers");
        assertThat(problems("/ip firewall filter add chain=input action=accept place-before={rule}"))
                .singleElement().asString().contains("place-before by item number");
    }

    @Test
    void theGuidesExampleNamesAreRejected() {
        assertThat(problems("/ppp secret set [find name=\"{name}\"] profile=l2tp-prof")).singleElement().asString()
                .contains("'l2tp-prof' is the guide's example name");
        assertThat(problems("/ppp profile set [find name=\"{profile}\"] remote-address=l2tp-pool")).hasSize(1);
        assertThat(problems("/ppp profile set [find name=\"{profile}\"] remote-address=\"<l2tp-pool or another>\""))
                .isEmpty();
    }
}
