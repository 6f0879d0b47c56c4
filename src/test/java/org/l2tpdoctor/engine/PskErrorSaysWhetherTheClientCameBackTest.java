package org.l2tpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * Issue 13, "a client that never returns after a PSK error": a wrong-password failure is a user
 * locked out when that address never gets through IKE again in the log (an error naming it), and a
 * mistyped key that was corrected when a later attempt from it got through (a note, exit 0).
 */
class PskErrorSaysWhetherTheClientCameBackTest {
    @Test
    void aClientThatNeverCameBackIsAnErrorNamingItsAddress() throws Exception {
        Outcome.Finding psk = psk("psk-mismatch-unknown-address.txt");
        assertThat(psk.level()).isEqualTo(Level.ERROR);
        assertThat(psk.because()).contains("from 203.0.113.7").contains("no later attempt from it got through IKE");
    }

    @Test
    void aClientThatMistypedTheKeyAndThenConnectedIsOnlyANote() throws Exception {
        Outcome.Finding psk = psk("psk-mismatch-then-corrected.txt");
        assertThat(psk.level()).isEqualTo(Level.INFO);
        assertThat(psk.because()).contains("(203.0.113.7 among them) got through IKE later").contains("nothing fails now");
    }

    @Test
    void aClientWhoseKeyFailedAfterAnotherUserConnectedFromTheSameNatIsStillAnError() throws Exception {
        // anna connected from 203.0.113.20 before; the wrong key came later, and nothing after it
        Outcome.Finding psk = psk("per-user-psk-static-identities.txt");
        assertThat(psk.level()).isEqualTo(Level.ERROR);
        assertThat(psk.because()).contains("from 203.0.113.20").contains("never came back");
    }

    private static Outcome.Finding psk(String fixture) throws Exception {
        return RuleFindings.ofFixture(fixture, "L2TP-PSK-002").orElseThrow();
    }
}
