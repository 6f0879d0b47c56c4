package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.fixture;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.rows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Row;

/**
 * Issue 12 item 3: a failure message with several possible causes gets them ranked against the
 * rest of the paste, with the evidence that decided ({@link Causes}).
 */
class CausesAreWeighedTest {

    /** MikroTik's IPsec FAQ log (rejected hashtype MD5:SHA), from a public address this time. */
    static final String REJECTED_FROM_A_PUBLIC_ADDRESS = read("src/test/resources/issue12/rejected-proposal-public-address.txt");

    private static String read(String file) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void rejectedLinesAreTheirOwnEvidenceOfTheRoutersNarrowProfileEvenFromAPublicAddress() {
        Row a = failed(rows(AnalyzerTestSupport.text(REJECTED_FROM_A_PUBLIC_ADDRESS), Attempts.MENU));
        assertThat(a.properties()).containsEntry("reason", "no matching phase 1 proposal")
                .containsEntry("likely-cause", "profile-narrow")
                .containsEntry("rejected", "hashtype MD5:SHA, enctype 3DES-CBC:AES-CBC");
        assertThat(a.get("decided-by")).contains("hashtype: the router offers MD5, the client SHA");
        assertThat(a.get("causes")).startsWith("profile-narrow 6 > scanner 3");
    }

    @Test
    void theSameFailureWithoutRejectedLinesFromANobodyAddressIsAScannerFirst() {
        String log = REJECTED_FROM_A_PUBLIC_ADDRESS.lines().filter(l -> !l.contains("rejected"))
                .reduce("", (x, y) -> x + y + "\n");
        Row a = failed(rows(AnalyzerTestSupport.text(log), Attempts.MENU));
        assertThat(a.properties()).containsEntry("likely-cause", "scanner").containsEntry("scanner-noise", "likely");
    }

    @Test
    void aWrongPasswordBesideAStaticPeerAndSeveralPsksRanksTheTablesAboveATypo() {
        Row a = failed(rows(fixture("per-user-psk-static-identities.txt"), Attempts.MENU));
        assertThat(a.get("likely-cause")).isEqualTo("per-user-psk");
        assertThat(a.get("causes")).matches("per-user-psk \\d+ > .*static-peer \\d+.*");
        assertThat(a.get("decided-by")).contains("different pre-shared keys answer road warriors");
    }

    @Test
    void aWrongPasswordWhileOthersGetThroughIsTheClientsKey() {
        Row a = failed(rows(fixture("psk-mismatch-then-corrected.txt"), Attempts.MENU));
        assertThat(a.get("likely-cause")).isEqualTo("client-key");
        assertThat(a.get("decided-by")).contains("this address got through IKE later");
    }

    @Test
    void aTimeUpAfterTheRouterInitiatedIsTheRouterInitiatingTowardTheClient() {
        List<Row> attempts = rows(fixture("passive-no-router-initiates-v6.txt"), Attempts.MENU);
        Row a = failed(attempts);
        assertThat(a.properties()).containsEntry("initiator", "router").containsEntry("likely-cause", "router-initiated");
    }

    @Test
    void onlyMessagesWithSeveralCausesAreWeighed() {
        assertThat(rows(fixture("healthy-3-clients.txt"), Attempts.MENU)).noneMatch(r -> r.get("likely-cause") != null);
    }

    private static Row failed(List<Row> attempts) {
        return attempts.stream().filter(r -> "failed".equals(r.get("result"))).findFirst().orElseThrow();
    }
}
