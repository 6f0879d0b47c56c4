package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** diagnose exits 0 when clean, 1 with findings, 2 on usage or input errors — with one clear line. */
class DiagnoseExitCodesTest {
    private static final String FIXTURES = "rules/fixtures/";

    @Test
    void secondClientFailsPasteExitsOneWithThePortStrictFix() {
        CliRun.Result r = CliRun.run("", "diagnose", FIXTURES + "second-client-fails.txt");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("L2TP-NAT-001", "generate-policy=port-strict", "level=unique",
                "/ip ipsec installed-sa flush");
        assertThat(r.out()).doesNotContain("/ip ipsec sa ").doesNotContain("use-ipsec=require\n");
    }

    @Test
    void healthyThreeClientPasteExitsZero() {
        CliRun.Result r = CliRun.run("", "diagnose", FIXTURES + "healthy-3-clients.txt");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("0 error(s), 0 warning(s)");
    }

    @Test
    void garbageOnStdinExitsTwoWithOneSentence() {
        CliRun.Result r = CliRun.run("hello world\nthis is not router output\n", "diagnose", "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("nothing in <stdin> looks like RouterOS output");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void emptyStdinIsReadByDefaultWhenItIsNotATerminal() {
        CliRun.Result r = CliRun.run("", "diagnose");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("<stdin>");
    }

    @Test
    void missingFileExitsTwoWithoutStackTrace() {
        CliRun.Result r = CliRun.run("", "diagnose", "no/such/file.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("l2tpdoctor: no/such/file.txt: no such file or folder\n");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun.Result r = CliRun.run("", "diagnose", "--frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option");
    }

    @Test
    void failOnErrorIgnoresWarnings() {
        String serverOnly = """
                [admin@R1] > /interface l2tp-server server print
                          enabled: yes
                   authentication: mschap1,mschap2
                        use-ipsec: required
                keepalive-timeout: disabled
                """;
        assertThat(CliRun.run(serverOnly, "diagnose", "-").code()).isEqualTo(1);
        assertThat(CliRun.run(serverOnly, "diagnose", "--fail-on", "error", "-").code()).isZero();
        assertThat(CliRun.run(serverOnly, "diagnose", "--fail-on", "loud", "-").code()).isEqualTo(2);
    }

    @Test
    void jsonReportCarriesTheExitCodeAndFindings() {
        CliRun.Result r = CliRun.run("", "diagnose", "--format", "json", FIXTURES + "second-client-fails.txt");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("\"schema\": \"l2tpdoctor/diagnosis/1\"", "\"exitCode\": 1",
                "\"id\": \"L2TP-NAT-001\"", "\"status\": \"finding\"");
    }

    @Test
    void colourOnlyWhenAskedOrOnATerminal() {
        String file = FIXTURES + "second-client-fails.txt";
        assertThat(CliRun.run("", "diagnose", file).out()).doesNotContain("\u001b[");
        assertThat(CliRun.run("", "diagnose", "--color", "always", file).out()).contains("\u001b[31m");
    }

    @Test
    void helpTeachesWhatToPasteAndExitCodes() {
        CliRun.Result r = CliRun.run("", "diagnose", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("/ip ipsec identity print detail", "Exit codes");
    }

    @Test
    void aBigLogOnStdinIsStreamedNotHeldInMemory() {
        StringBuilder log = new StringBuilder();
        String line = "2026-09-18 09:51:56 dhcp,info server1 assigned 192.168.201.55 for 6A:D6:E8:04:16:92 Redmi-12\n";
        while (log.length() < 9 * 1024 * 1024) {
            log.append(line);
        }
        log.append("2026-09-18 09:53:32 ipsec,info respond new phase 1 (Identity Protection): 1.2.3.4[500]<=>198.18.0.1[500]\n");
        long lines = log.chars().filter(c -> c == '\n').count();
        CliRun.Result r = CliRun.run(log.toString(), "diagnose", "--color", "never", "-");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains(String.format(java.util.Locale.ROOT, "understood %,d of %,d lines", lines, lines));
    }
}
