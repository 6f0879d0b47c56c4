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
 * Issue 12 item 6, "use-ipsec=no with IPsec clients" is a blocking cause: the evidence of IPsec
 * clients is the log or the configuration made for them (an ipsec-secret, input rules accepting IKE
 * and ESP); a router-to-router plain L2TP server has neither. The real case is the casebook's
 * export-handlersyss script; these pastes are our own.
 */
class UseIpsecNoWithIpsecClientsTest {
    private static final String RULE = "L2TP-SERVER-005";

    @Test
    void aWholeConfigurationOpenForIkeWithNoPeerAtAllIsABlockingError() throws Exception {
        Outcome.Finding f = RuleFindings.ofFixture("use-ipsec-no-firewall-open-for-ipsec.txt", RULE).orElseThrow();
        assertThat(f.level()).isEqualTo(Level.ERROR);
        assertThat(f.rule().blocking()).isTrue();
        assertThat(f.because()).contains("no IPsec peer at all");
    }

    @Test
    void aScriptThatOpensIkeButShowsNoPeerMenuIsAWarningThatSaysWhatIsUnknown(@TempDir Path dir) throws Exception {
        Outcome.Finding f = finding(dir, """
                /interface l2tp-server server set enabled=yes default-profile=default-encryption
                /ip firewall filter add chain=input action=accept protocol=udp dst-port=500,4500
                /ip firewall filter add chain=input action=accept protocol=ipsec-esp
                """).orElseThrow();
        assertThat(f.level()).isEqualTo(Level.WARNING);
        assertThat(f.because()).contains("unless a static peer for 0.0.0.0/0 answers them");
    }

    @Test
    void anIpsecSecretWithUseIpsecNoAndNoRoadWarriorPeerIsAnError(@TempDir Path dir) throws Exception {
        Outcome.Finding f = finding(dir, """
                # 2026-11-12 10:20:00 by RouterOS 7.16.2
                /interface l2tp-server server
                set enabled=yes ipsec-secret=<redacted> use-ipsec=no
                """).orElseThrow();
        assertThat(f.level()).isEqualTo(Level.ERROR);
        assertThat(f.because()).contains("ipsec-secret");
    }

    @Test
    void plainL2tpBesideASiteToSiteTunnelIsOnlyANote(@TempDir Path dir) throws Exception {
        // IKE and ESP are open for the branch's static peer; the L2TP server is for a router without IPsec
        Outcome.Finding f = finding(dir, """
                # 2026-11-12 11:05:00 by RouterOS 7.16.2
                /ip ipsec peer
                add address=203.0.113.9/32 name=branch
                /ip ipsec identity
                add peer=branch secret=<redacted>
                /interface l2tp-server server
                set enabled=yes
                /ip firewall filter
                add action=accept chain=input dst-port=500,4500 protocol=udp
                add action=accept chain=input protocol=ipsec-esp
                add action=accept chain=input dst-port=1701 protocol=udp src-address=192.0.2.44
                /ppp secret
                add local-address=10.9.0.1 name=shop remote-address=10.9.0.2 service=l2tp
                """).orElseThrow();
        assertThat(f.level()).isEqualTo(Level.INFO);
    }

    @Test
    void theManualsPlainL2tpServerWithoutIpsecEvidenceIsNotThisFinding(@TempDir Path dir) throws Exception {
        assertThat(finding(dir, """
                # 2026-11-12 11:05:00 by RouterOS 7.16.2
                /interface l2tp-server server
                set enabled=yes
                /ppp secret
                add local-address=10.9.0.1 name=shop remote-address=10.9.0.2 service=l2tp
                """)).isEmpty();
    }

    private static Optional<Outcome.Finding> finding(Path dir, String paste) throws Exception {
        Files.writeString(dir.resolve("paste.rsc"), paste);
        return RuleFindings.of(dir, "paste.rsc", RULE);
    }
}
