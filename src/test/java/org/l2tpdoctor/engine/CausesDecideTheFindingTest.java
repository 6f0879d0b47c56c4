package org.l2tpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;

/**
 * Issue 12 item 3: the cause the weighing puts first decides which finding is the error, and the
 * finding says what decided (the attempt's {@code decided-by}).
 */
class CausesDecideTheFindingTest {
    private static final Path RULES = Path.of("rules");

    @Test
    void aKnownClientRejectedBesideACompetingStaticPeerMakesThePeerTheError() throws Exception {
        Outcome.Finding peer = finding(RULES.resolve("fixtures"), "static-peer-rejects-known-client.txt", "L2TP-PEER-001").orElseThrow();
        assertThat(peer.level()).isEqualTo(Level.ERROR);
        assertThat(peer.because()).contains("203.0.113.30").contains("static peer for 0.0.0.0/0 (old-rw)");
    }

    @Test
    void aHardenedProfileThatRejectsAKnownClientIsAnError() throws Exception {
        Outcome.Finding profile = finding(RULES.resolve("fixtures"), "profile-hardened-modp2048.txt", "L2TP-PROPOSAL-001").orElseThrow();
        assertThat(profile.level()).isEqualTo(Level.ERROR);
        assertThat(profile.because()).contains("203.0.113.33").contains("dh-group=modp2048");
    }

    @Test
    void rejectedLinesFromAPublicAddressReportTheProfileInsteadOfFilingAScanner(@TempDir Path dir) throws Exception {
        Path paste = dir.resolve("faq-public.txt");
        String log = Files.readString(Path.of("src/test/resources/issue12/rejected-proposal-public-address.txt"));
        Files.writeString(paste, log);
        Outcome.Finding rejected = finding(dir, "faq-public.txt", "L2TP-PROPOSAL-002").orElseThrow();
        assertThat(rejected.level()).isEqualTo(Level.ERROR);
        assertThat(rejected.because()).contains("decided by: \"rejected\" lines: hashtype: the router offers MD5, the client SHA");
        // the same failure without the rejected lines: nothing says more than a scanner's probe
        Files.writeString(paste, log.lines().filter(l -> !l.contains("rejected")).reduce("", (x, y) -> x + y + "\n"));
        assertThat(finding(dir, "faq-public.txt", "L2TP-PROPOSAL-002")).isEmpty();
    }

    @Test
    void inMikroTiksFaqLogTheRejectedLinesDecideAndTheFindingNamesTheMismatch() throws Exception {
        // the casebook's docs-ipsec-faq-no-suitable-proposal, second excerpt: "rejected hashtype ... = MD5:SHA"
        Outcome.Finding rejected = finding(Path.of("cases/docs-ipsec-faq-no-suitable-proposal"), "log-2.txt",
                "L2TP-PROPOSAL-002").orElseThrow();
        assertThat(rejected.because()).contains("hashtype: the router offers MD5, the client SHA");
    }

    private static Optional<Outcome.Finding> finding(Path folder, String fixture, String rule) throws Exception {
        return RuleFindings.of(folder, fixture, rule);
    }
}
