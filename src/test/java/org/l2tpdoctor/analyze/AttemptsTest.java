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
        assertThat(rows(fixture("windows-client-stalls-server-behind-nat.txt"), Attempts.MENU))
                .filteredOn(r -> "stalled".equals(r.get("result"))).isNotEmpty().allMatch(r -> "nat-t".equals(r.get("stall-cause")));
        // IKE stayed on UDP 500: bare ESP (ESP-001)
        assertThat(rows(fixture("esp-blocked-public-client.txt"), Attempts.MENU))
                .filteredOn(r -> "stalled".equals(r.get("result"))).isNotEmpty().allMatch(r -> "esp".equals(r.get("stall-cause")));
        // behind NAT on 4500, the router on a public address, nobody else at that address, no drop
        // before: nothing in the log names the cause
        List<Row> unknown = rows(fixture("stall-natted-client-no-cause.txt"), Attempts.MENU);
        assertThat(unknown).filteredOn(r -> "stalled".equals(r.get("result")))
                .isNotEmpty().allMatch(r -> "unknown".equals(r.get("stall-cause")));
        List<Row> second = rows(fixture("second-client-fails.txt"), Attempts.MENU);
        assertThat(second).filteredOn(r -> !"stalled".equals(r.get("result"))).noneMatch(r -> r.get("stall-cause") != null);
    }

    /** anna is connected from the office NAT 203.0.113.20; another device there fails, then anna reconnects. */
    private static final String ANNA_THEN_A_WRONG_KEY_THEN_ANNA_AGAIN = """
            [admin@GW] > /log print
             09:00:01 ipsec,info respond new phase 1 (Identity Protection): 198.51.100.10[500]<=>203.0.113.20[500]
             09:00:02 ipsec,info ISAKMP-SA established 198.51.100.10[4500]-203.0.113.20[4500] spi:1a2b3c4d5e6f7081:92a3b4c5d6e7f809
             09:00:03 l2tp,info first L2TP UDP packet received from 203.0.113.20 port 1701
             09:00:04 l2tp,ppp,info,account anna logged in, 10.10.10.10 from 203.0.113.20
             09:00:04 l2tp,ppp,info <l2tp-anna>: connected
             09:30:01 ipsec,info respond new phase 1 (Identity Protection): 198.51.100.10[500]<=>203.0.113.20[500]
             09:30:02 ipsec,error 203.0.113.20 parsing packet failed, possible cause: wrong password
             09:30:31 ipsec,error phase1 negotiation failed due to time up 198.51.100.10[500]<=>203.0.113.20[500]
             10:10:00 l2tp,ppp,info <l2tp-anna>: terminating... - peer is not responding
             10:10:00 l2tp,ppp,info <l2tp-anna>: disconnected
             10:12:01 ipsec,info respond new phase 1 (Identity Protection): 198.51.100.10[500]<=>203.0.113.20[500]
             10:12:02 ipsec,info ISAKMP-SA established 198.51.100.10[4500]-203.0.113.20[61010] spi:2a2b3c4d5e6f7081:a2a3b4c5d6e7f809
             10:12:03 l2tp,info first L2TP UDP packet received from 203.0.113.20 port 1701
             10:12:04 l2tp,ppp,info,account anna logged in, 10.10.10.10 from 203.0.113.20
             10:12:04 l2tp,ppp,info <l2tp-anna>: connected
            """;

    @Test
    void anotherUserReconnectingFromTheSameNatDoesNotCountAsTheFailedClientComingBack() {
        List<Row> attempts = rows(AnalyzerTestSupport.text(ANNA_THEN_A_WRONG_KEY_THEN_ANNA_AGAIN), Attempts.MENU);
        Row failed = attempts.stream().filter(r -> "failed".equals(r.get("result"))).findFirst().orElseThrow();
        // anna held a session from that address when the wrong key came: she is another device,
        // and her reconnect later is not the locked-out client coming back
        assertThat(failed.properties()).containsEntry("came-back", "no").containsEntry("others-at-address", "anna");
    }

    @Test
    void aLaterAttemptFromTheSameAddressCountsWhenNoOtherUserWasInSessionThere() {
        Row failed = rows(fixture("psk-mismatch-then-corrected.txt"), Attempts.MENU).get(0);
        assertThat(failed.properties()).containsEntry("came-back", "yes").containsEntry("came-back-as", "anna")
                .doesNotContainKey("others-at-address");
    }

    @Test
    void aPppFailureCameBackOnlyWhenTheSameUserGotThroughLater() {
        String log = """
                [admin@GW] > /log print
                 09:00:01 ipsec,info respond new phase 1 (Identity Protection): 198.51.100.10[500]<=>203.0.113.20[500]
                 09:00:02 ipsec,info ISAKMP-SA established 198.51.100.10[4500]-203.0.113.20[4500] spi:1a2b3c4d5e6f7081:92a3b4c5d6e7f809
                 09:00:03 l2tp,info first L2TP UDP packet received from 203.0.113.20 port 1701
                 09:00:04 l2tp,ppp,error <203.0.113.20>: user bob authentication failed
                 09:05:01 ipsec,info respond new phase 1 (Identity Protection): 198.51.100.10[500]<=>203.0.113.20[500]
                 09:05:02 ipsec,info ISAKMP-SA established 198.51.100.10[4500]-203.0.113.20[4500] spi:3a2b3c4d5e6f7081:b2a3b4c5d6e7f809
                 09:05:03 l2tp,info first L2TP UDP packet received from 203.0.113.20 port 1701
                 09:05:04 l2tp,ppp,info,account anna logged in, 10.10.10.10 from 203.0.113.20
                 09:05:04 l2tp,ppp,info <l2tp-anna>: connected
                """;
        Row bob = rows(AnalyzerTestSupport.text(log), Attempts.MENU).get(0);
        assertThat(bob.properties()).containsEntry("user", "bob").containsEntry("result", "failed")
                .containsEntry("came-back", "no");
    }

    @Test
    void aStallWhileAnotherUserIsInSessionFromTheSameAddressIsTheSecondClientBehindOneNat() {
        List<Row> second = rows(fixture("second-client-fails.txt"), Attempts.MENU);
        assertThat(second).filteredOn(r -> "stalled".equals(r.get("result")))
                .isNotEmpty().allMatch(r -> "second-client".equals(r.get("stall-cause")));
    }

    @Test
    void aStallRightAfterTheSameAddressDroppedIsAStaleSa() {
        List<Row> stale = rows(fixture("stale-sa-blocks-reconnect.txt"), Attempts.MENU);
        assertThat(stale.get(stale.size() - 1).properties()).containsEntry("stall-cause", "stale-sa");
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
