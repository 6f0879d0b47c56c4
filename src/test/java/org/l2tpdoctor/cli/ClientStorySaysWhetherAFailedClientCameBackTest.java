package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13: the text report's client story tells, for a failed attempt, whether that client got
 * through later, as the attempt row, the JSON and L2TP-PSK-002 already do.
 */
class ClientStorySaysWhetherAFailedClientCameBackTest {

    @Test
    void aWrongKeyThatNobodyCorrectedIsToldAsNeverCameBack() {
        CliRun.Result r = CliRun.run("", "diagnose", "rules/fixtures/psk-mismatch-unknown-address.txt");
        assertThat(r.out()).containsPattern("203\\.0\\.113\\.7\\S*\\s+failed: pre-shared key mismatch; never came back");
    }

    @Test
    void aCorrectedKeyIsToldAsCameBackWithTheUser() {
        CliRun.Result r = CliRun.run("", "diagnose", "rules/fixtures/psk-mismatch-then-corrected.txt");
        assertThat(r.out()).contains("failed: pre-shared key mismatch; came back later as anna");
    }
}
