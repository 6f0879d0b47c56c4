package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pastes that are broken on purpose or by accident (issue 17): each flaw costs its line, never the diagnosis. */
class HostilePasteTest {
    @TempDir
    Path tmp;

    @Test
    void anImpossibleLogStampCostsOnlyItsOwnLine() throws Exception {
        String log = "[admin@R1] > /log print\n"
                + "2026-09-18 13:41:01 ipsec,info respond new phase 1 (Identity Protection): 198.51.100.2[500]<=>203.0.113.7[500]\n"
                + "2026-13-18 13:41:02 ipsec,error 203.0.113.7 phase1 negotiation failed due to time up "
                + "198.51.100.2[500]<=>203.0.113.7[500]\n"
                + "2026-09-18 13:41:03 ipsec,info respond new phase 1 (Identity Protection): 198.51.100.2[500]<=>203.0.113.7[500]\n";
        Path file = Files.writeString(tmp.resolve("log.txt"), log);
        CliRun.Result r = CliRun.run("", "diagnose", file.toString());
        assertThat(r.err()).doesNotContain("MonthOfYear", "internal error");
        assertThat(r.code()).as(r.err()).isNotEqualTo(2);
        CliRun.Result folder = CliRun.run("", "diagnose", tmp.toString());
        assertThat(folder.code()).as(folder.err()).isNotEqualTo(2);
    }

    @Test
    void aHugeLineIsCutWithAWarningAndTheRestIsStillRead() throws Exception {
        String paste = Files.readString(Path.of("rules/fixtures/second-client-fails.txt"))
                + "[admin@Office-GW] > /ip firewall filter print\n"
                + "add " + "[ ".repeat(300_000) + "\n";
        Path file = Files.writeString(tmp.resolve("paste.txt"), paste);
        CliRun.Result r = CliRun.run("", "parse", "-v", file.toString());
        assertThat(r.out()).contains("a line of 600004 characters: only its first 16384 were read");
        assertThat(r.out()).contains("/ip ipsec identity");
    }
}
