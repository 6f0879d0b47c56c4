package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, defects found by the casebook: a finding's words and its plan say only what the paste
 * shows. Each paste here is our own.
 */
class FindingsClaimOnlyWhatTheEvidenceShowsTest {
    /** A PPP login failure after IPsec came up, and no server print: the log alone. */
    private static final String AUTH_FAILED_LOG_ONLY = """
            [admin@Office] > /log print where topics~"ipsec|l2tp|ppp"
             2026-11-20 09:14:02 ipsec,info respond new phase 1 (Identity Protection): 198.51.100.30[500]<=>192.0.2.77[500]
             2026-11-20 09:14:03 ipsec,info ISAKMP-SA established 198.51.100.30[4500]-192.0.2.77[4500] spi:0f1e2d3c4b5a6978:8796a5b4c3d2e1f0
             2026-11-20 09:14:04 l2tp,info first L2TP UDP packet received from 192.0.2.77 port 1701
             2026-11-20 09:14:05 l2tp,ppp,error <192.0.2.77>: user maria authentication failed
            """;

    @Test
    void aLoginFailureWithoutTheServerPrintDoesNotSetTheServersAuthenticationLive(@TempDir Path dir) throws Exception {
        CliRun.Result r = diagnose(dir, AUTH_FAILED_LOG_ONLY);
        assertThat(r.out()).contains("L2TP-AUTH-001");
        // no server print: what to check, not a live set of a setting nobody has seen
        assertThat(r.out().lines().filter(l -> l.strip().startsWith("/interface l2tp-server server set")))
                .as("live server changes in the plan").isEmpty();
        assertThat(r.out()).contains("/interface l2tp-server server print");
    }

    @Test
    void aServerWithoutIpsecAndWithoutSessionsIsNotSaidToHaveSessionsThatUseIpsec(@TempDir Path dir) throws Exception {
        CliRun.Result r = diagnose(dir, """
                [admin@Branch] > /interface l2tp-server server print
                                 enabled: yes
                          authentication: mschap2
                         default-profile: default-encryption
                               use-ipsec: no
                """, "-v");
        assertThat(r.out()).contains("L2TP-SERVER-001").doesNotContain("every session in this evidence uses IPsec")
                .contains("use-ipsec=no: this server never uses IPsec");
    }

    @Test
    void aServerThatOffersIpsecWithNoSessionPastedIsNotSaidToHaveSessions(@TempDir Path dir) throws Exception {
        CliRun.Result r = diagnose(dir, """
                [admin@Branch] > /interface l2tp-server server print
                                 enabled: yes
                          authentication: mschap2
                         default-profile: default-encryption
                               use-ipsec: yes
                """, "-v");
        assertThat(r.out()).contains("L2TP-SERVER-001").doesNotContain("every session in this evidence uses IPsec")
                .contains("this evidence shows no L2TP session without IPsec");
    }

    @Test
    void aLogMessageQuotedInTextIsANoteNotARepair(@TempDir Path dir) throws Exception {
        CliRun.Result r = diagnose(dir, """
                Hi all, since yesterday every client fails and the log only says this:

                "phase1 negotiation failed due to time up 198.51.100.30[500]<=>192.0.2.77[500]"

                What could it be?
                """, "-v");
        assertThat(r.out()).contains("note 1 RouterOS log message found quoted in text")
                .doesNotContain("  repaired ").doesNotContain("INFO  L2TP-PASTE-001");
    }

    @Test
    void aRouteBackLeftUndecidedSaysWhatWouldDecideItInTheTextReport(@TempDir Path dir) throws Exception {
        // clients outside the LAN, the router on the LAN, and no default route in the export (a DHCP one is dynamic)
        CliRun.Result r = diagnose(dir, """
                # 2026-11-04 09:00:00 by RouterOS 7.16.2
                /ip pool
                add name=vpn ranges=10.20.30.10-10.20.30.60
                /ppp profile
                set *FFFFFFFE local-address=10.20.30.1 remote-address=vpn
                /interface l2tp-server server
                set enabled=yes use-ipsec=required
                /ip address
                add address=192.168.1.10/24 interface=bridge network=192.168.1.0
                """);
        assertThat(r.out()).contains("undecided L2TP-ROUTE-001: needs the router's default route");
    }

    private static CliRun.Result diagnose(Path dir, String paste, String... more) throws Exception {
        Path file = dir.resolve("paste.txt");
        Files.writeString(file, paste);
        String[] args = new String[more.length + 3];
        args[0] = "diagnose";
        args[1] = "--color=never";
        args[2] = file.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.run("", args);
    }
}
