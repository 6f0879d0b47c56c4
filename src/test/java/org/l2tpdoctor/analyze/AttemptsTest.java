package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.fixture;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.only;
import static org.l2tpdoctor.analyze.AnalyzerTestSupport.rows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Row;

class AttemptsTest {

    @Test
    void repeatedWrongPasswordLinesAreOneAttemptAndLeaveTheConnectedSessionAlone() {
        List<Row> attempts = rows(fixture("per-user-psk-static-identities.txt"), Attempts.MENU);
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).properties()).containsEntry("user", "anna").containsEntry("result", "connected");
        assertThat(attempts.get(1).properties()).containsEntry("port", "1025").containsEntry("result", "failed")
                .containsEntry("reason", "pre-shared key mismatch").containsEntry("known-client", "yes")
                .containsEntry("previous-result", "connected");
    }

    @Test
    void reconnectAfterADropKnowsThePreviousAttempt() {
        List<Row> attempts = rows(fixture("stale-sa-blocks-reconnect.txt"), Attempts.MENU);
        Row last = attempts.get(attempts.size() - 1);
        assertThat(last.properties()).containsEntry("result", "stalled").containsEntry("previous-result", "dropped")
                .containsEntry("previous-gap", "45s");
    }

    @Test
    void aFailedAttemptSaysWhetherItsClientCameBackThroughIke() {
        List<Row> corrected = rows(fixture("psk-mismatch-then-corrected.txt"), Attempts.MENU);
        assertThat(corrected).hasSize(2);
        assertThat(corrected.get(0).properties()).containsEntry("reason", "pre-shared key mismatch")
                .containsEntry("came-back", "yes");
        assertThat(corrected.get(1).properties()).containsEntry("result", "connected").doesNotContainKey("came-back");
        assertThat(only(fixture("psk-mismatch-unknown-address.txt"), Attempts.MENU).properties())
                .containsEntry("came-back", "no");
    }

    @Test
    void aStallSaysWhichCauseTheLogGivesForIt() {
        // the router answers IKE on a private address: the Windows registry value (CLIENT-001)
        assertThat(rows(fixture("windows-client-server-behind-nat.txt"), Attempts.MENU))
                .filteredOn(r -> "stalled".equals(r.get("result"))).isNotEmpty().allMatch(r -> "nat-t".equals(r.get("stall-cause")));
        // IKE stayed on UDP 500: bare ESP (ESP-001)
        assertThat(rows(fixture("esp-blocked-public-client.txt"), Attempts.MENU))
                .filteredOn(r -> "stalled".equals(r.get("result"))).isNotEmpty().allMatch(r -> "esp".equals(r.get("stall-cause")));
        // behind NAT on 4500, the router on a public address: nothing in the log names the cause
        List<Row> second = rows(fixture("second-client-fails.txt"), Attempts.MENU);
        assertThat(second).filteredOn(r -> "stalled".equals(r.get("result")))
                .isNotEmpty().allMatch(r -> "unknown".equals(r.get("stall-cause")));
        assertThat(second).filteredOn(r -> !"stalled".equals(r.get("result"))).noneMatch(r -> r.get("stall-cause") != null);
    }

    @Test
    void theAttemptLeadsItsOwnEvidenceSoFixesCanNameTheUser() {
        Analysis a = fixture("no-l2tp-secrets.txt");
        Row attempt = rows(a, Attempts.MENU).get(0);
        assertThat(attempt.properties()).containsEntry("user", "maria").containsEntry("account", "disabled");
        assertThat(a.basisOf(attempt).get(0)).isSameAs(attempt);
        assertThat(a.basisOf(attempt).subList(1, a.basisOf(attempt).size())).allMatch(r -> r.menu().equals("/log"));
    }

    @Test
    void routerInitiatedPhase1IsMarked() {
        List<Row> attempts = rows(fixture("passive-no-router-initiates-v6.txt"), Attempts.MENU);
        assertThat(attempts).extracting(r -> r.get("initiator")).containsExactly("client", "router");
        assertThat(attempts.get(1).get("previous-gap")).isEqualTo("2s");
    }

    @Test
    void gapsBetweenStamps() {
        assertThat(gap("2026-11-23 08:41:56", "2026-11-23 09:44:02")).contains("1h2m6s");
        assertThat(gap("oct/16 23:59:30", "oct/17 00:00:10")).contains("40s");
        assertThat(gap("14:00:00", "14:00:00")).contains("0s");
        assertThat(gap("oct/16 14:00:00", "14:05:00")).isEmpty(); // today's bare clock vs a dated line
        assertThat(gap("2026-11-23 10:00:00", "2026-11-23 09:00:00")).isEmpty();
        assertThat(gap("sep/18/2026 09:00:00", "2026-09-18 09:00:30")).contains("30s");
    }

    /** The gap the timeline measures between two records with these stamps, one after the other. */
    private static java.util.Optional<String> gap(String from, String to) {
        List<LogEvent> e = TestParsing.text(from + " system,info x\n" + to + " system,info y").events();
        return Timeline.of(e).gap(e.get(0), e.get(1));
    }
}
