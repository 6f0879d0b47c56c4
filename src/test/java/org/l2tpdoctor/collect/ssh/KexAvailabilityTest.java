package org.l2tpdoctor.collect.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import com.jcraft.jsch.JSch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The key exchanges offered to a router are JSch's proposal less what cannot run here, decided
 * once per run: curve25519 (which Java 17 has) stays, first as JSch orders it; names JSch does
 * not check (the legacy SHA-1 groups old RouterOS needs) pass untouched.
 */
class KexAvailabilityTest {

    @Test
    void theProposalKeepsWhatRunsInItsOrder() {
        String proposal = JSch.getConfig("kex");
        List<String> usable = List.of(KexAvailability.usable(proposal).split(","));

        assertThat(usable).contains("curve25519-sha256", "ecdh-sha2-nistp256", "diffie-hellman-group14-sha256");
        assertThat(List.of(proposal.split(","))).containsSubsequence(usable);
        assertThat(usable.stream().filter(k -> k.startsWith("curve")).findFirst()).contains("curve25519-sha256");
    }

    @Test
    void namesJschDoesNotCheckPassUntouched() {
        String legacy = "diffie-hellman-group14-sha1,diffie-hellman-group1-sha1";
        assertThat(KexAvailability.usable(legacy)).isEqualTo(legacy);
        assertThat(KexAvailability.usable("curve25519-sha256," + legacy)).isEqualTo("curve25519-sha256," + legacy);
    }
}
