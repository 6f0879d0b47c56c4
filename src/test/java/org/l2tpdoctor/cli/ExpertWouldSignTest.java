package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each defect issue 12 lists, on a paste of our own: the tool must now answer as an expert would.
 * Pastes in src/test/resources/issue12 and rules/fixtures.
 */
class ExpertWouldSignTest {
    private static final String PASTES = "src/test/resources/issue12/";

    @Test
    void aTextbookPskMismatchIsAnErrorNotScannerNoiseAndError789RanksItFirst() {
        CliRun.Result r = CliRun.run("", "diagnose", PASTES + "psk-mismatch-never-connected.txt");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("ERROR L2TP-PSK-002").doesNotContain("internet scanners");
        CliRun.Result symptom = CliRun.run("", "symptoms", "error 789", PASTES + "psk-mismatch-never-connected.txt");
        assertThat(symptom.out()).containsPattern("1\\. L2TP-PSK-002 .*\\n\\s+CONFIRMED");
    }

    @Test
    void theRouterOs6SpellingOfTheWrongPasswordLineIsReadToo() {
        CliRun.Result r = CliRun.run("", "diagnose", "rules/fixtures/psk-mismatch-v6-couse.txt");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("ERROR L2TP-PSK-002");
    }

    @Test
    void decapsulatedL2tpDroppedByTheDefconfRuleIsSeenAndPolicyIsNotBlamed() {
        CliRun.Result r = CliRun.run("", "diagnose", "rules/fixtures/l2tp-inside-ipsec-dropped.txt");
        assertThat(r.out()).contains("ERROR L2TP-FW-006")
                .contains("place-before=[find where chain=input and comment=\"defconf: drop all not coming from LAN\"]")
                .doesNotContain("ERROR L2TP-POLICY-001").doesNotContain("WARNING L2TP-POLICY-001");
    }

    @Test
    void theSecondClientFixNeitherRewritesEveryStaticIdentityNorEditsADynamicOne() {
        CliRun.Result r = CliRun.run("", "diagnose", "rules/fixtures/second-client-fails.txt");
        assertThat(r.out()).doesNotContain("[find where !dynamic]");
        // the compact plan keeps only what applies to this router (its identity is static); the
        // finding's full fix, with the advice for a dynamic identity, is in -v
        CliRun.Result full = CliRun.run("", "diagnose", "-v", "rules/fixtures/second-client-fails.txt");
        assertThat(full.out()).doesNotContain("[find where !dynamic]").contains("cannot be edited");
    }

    @Test
    void aWorkingServerWithTwoClientsFromDistinctAddressesExitsZeroAndSaysLatent() {
        CliRun.Result r = CliRun.run("", "diagnose", PASTES + "working-two-clients.txt");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("INFO L2TP-POLICY-002", "latent: no two clients share a public address")
                // plain masquerade, the default mschap1,mschap2 and DPD defaults are advice, not warnings
                .contains("INFO L2TP-NAT-002", "INFO L2TP-SERVER-003", "INFO L2TP-DPD-001")
                // no client note without evidence or a symptom pointing at that client
                .doesNotContainPattern("(INFO|WARNING|ERROR) +L2TP-CLIENT-");
    }

    @Test
    void aDisabledServerIsTheBlockingCauseReportedFirst() {
        CliRun.Result r = CliRun.run("", "diagnose", "rules/fixtures/l2tp-server-disabled-with-users.txt");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("ERROR L2TP-SERVER-004");
        assertThat(r.out().indexOf("FAIL  L2TP-SERVER-004")).isLessThan(r.out().indexOf("INFO "));
    }

    @Test
    void useIpsecNoWhileClientsComeWithIpsecIsReported() {
        CliRun.Result r = CliRun.run("", "diagnose", "rules/fixtures/use-ipsec-no-ipsec-clients.txt");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("L2TP-SERVER-005");
    }

    @Test
    void firewallFixesNameRulesByCommentOrContentNeverByItemNumbers() {
        CliRun.Result r = CliRun.run("", "diagnose", "rules/fixtures/firewall-drop-above-ipsec-accepts.txt");
        assertThat(r.out()).contains("/ip firewall filter move [find where (chain=input and comment=\"L2TP/IPsec IKE and NAT-T\")")
                .doesNotContain("move numbers=").doesNotContainPattern("place-before=\\d");
    }

    @Test
    void fixesUseTheRoutersOwnNamesNotTheGuidesExamples() {
        CliRun.Result r = CliRun.run("", "diagnose", "rules/fixtures/ppp-profile-without-pool.txt");
        String fixes = r.out().lines().filter(l -> l.startsWith("    /")).reduce("", (a, b) -> a + b + "\n");
        assertThat(fixes).doesNotContain("l2tp-prof").doesNotContain("remote-address=l2tp-pool");
    }

    @Test
    void clientNotesAppearWhenTheSymptomPointsAtThatClient() {
        CliRun.Result apple = CliRun.run("", "diagnose", "--symptom", "the iPhone cannot connect",
                PASTES + "working-two-clients.txt");
        assertThat(apple.out()).contains("INFO L2TP-CLIENT-005").doesNotContainPattern("(INFO|WARNING|ERROR) +L2TP-CLIENT-00[1-4]");
    }

    @Test
    void windowsErrorCodesRankTheirDocumentedCausesFirst() {
        assertThat(CliRun.run("", "symptoms", "error 809").out())
                .containsPattern("1\\. L2TP-FW-002").containsPattern("2\\. L2TP-CLIENT-001");
        assertThat(CliRun.run("", "symptoms", "error 691").out()).containsPattern("1\\. L2TP-AUTH-001");
        assertThat(CliRun.run("", "symptoms", "error 812").out()).containsPattern("1\\. L2TP-AUTH-003");
    }
}
