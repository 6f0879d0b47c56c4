package org.l2tpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.collect.TextDecoder;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleLoader;

/**
 * A paste whose line breaks were lost (as a web page, a chat or the forum copy leaves it) gives
 * the findings of the original, for every rule fixture: the repair restores what the rules read.
 * The lines are joined with one space, with nothing (the forum copy), and with one space and every
 * run of spaces collapsed (a web page's white space); the test prints what differs for the
 * fixtures not restored yet.
 */
class JoinedLinesGiveTheSameFindingsTest {
    private static final Path FIXTURES = Path.of("rules", "fixtures");

    /**
     * Fixtures whose joined copies (all three ways) give the original's findings; the list can
     * only grow. Every fixture of 6 December: logs, prompts, export menus and commands, and the
     * print output inside one command (settings, detail items, table rows) are restored.
     */
    private static final java.util.Set<String> RESTORED = java.util.Set.of(
            "client-android-symptom.txt",
            "client-apple-symptom.txt",
            "client-windows-809-symptom.txt",
            "corpus-site-to-site-not-road-warrior.txt",
            "damaged-joined-log.txt",
            "esp-blocked-public-client.txt",
            "firewall-4500-dropped-time-up.txt",
            "firewall-drop-above-ipsec-accepts.txt",
            "healthy-3-clients.txt",
            "ike2-only-peer.txt",
            "ipsec-policy-stuck.txt",
            "l2tp-inside-ipsec-dropped.txt",
            "l2tp-server-disabled-with-users.txt",
            "l2tp-server-disabled.txt",
            "l2tp-without-ppp-login.txt",
            "natt-off-v6-legacy-peer.txt",
            "no-l2tp-secrets.txt",
            "passive-no-router-initiates-v6.txt",
            "per-user-psk-static-identities.txt",
            "plain-l2tp-sessions.txt",
            "policy-template-removed.txt",
            "pool-exhausted.txt",
            "ppp-profile-without-pool.txt",
            "profile-hardened-modp2048.txt",
            "proposal-sha256-gcm-only.txt",
            "psk-mismatch-then-corrected.txt",
            "psk-mismatch-unknown-address.txt",
            "psk-mismatch-v6-couse.txt",
            "scanner-noise-corpus-log.txt",
            "second-client-fails.txt",
            "server-auth-pap-chap-only.txt",
            "session-drops-dpd-2m.txt",
            "stale-sa-blocks-reconnect.txt",
            "use-ipsec-no-ipsec-clients.txt",
            "verify-counts-mismatch.txt",
            "version-7.17rc6-chap-timeout.txt",
            "windows-client-stalls-server-behind-nat.txt");

    @Test
    void everyFixtureJoinedGivesTheOriginalsFindings() throws Exception {
        List<Rule> rules = RuleLoader.fromFolder(Path.of("rules"));
        Map<String, String> differ = new TreeMap<>();
        int same = 0;
        for (Path fixture : fixtures()) {
            String text = TextDecoder.decode(Files.readAllBytes(fixture));
            List<String> lines = text.lines().toList();
            String expected = TestParsing.findingsApartFromRepair(TestParsing.text(text), rules);
            for (String joiner : List.of(" ", "", "collapsed")) {
                String joined = joiner.equals("collapsed") ? String.join(" ", lines).replaceAll(" +", " ")
                        : String.join(joiner, lines);
                String got = TestParsing.findingsApartFromRepair(TestParsing.text(joined), rules);
                String name = fixture.getFileName() + switch (joiner) {
                    case "" -> " (joined with nothing)";
                    case " " -> " (joined with spaces)";
                    default -> " (joined, runs of spaces collapsed as a web page shows them)";
                };
                if (got.equals(expected)) {
                    same++;
                } else {
                    differ.put(name, "expected " + expected + " got " + got);
                }
            }
        }
        System.out.println("joined fixtures giving the original's findings: " + same + " of " + (same + differ.size()));
        differ.forEach((k, v) -> System.out.println("  differs: " + k + ": " + v));
        assertThat(differ.keySet().stream().map(k -> k.substring(0, k.indexOf(' '))))
                .as("fixtures restored before and not any more").doesNotContainAnyElementsOf(RESTORED);
    }

    private static List<Path> fixtures() throws IOException {
        try (var files = Files.list(FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

}
