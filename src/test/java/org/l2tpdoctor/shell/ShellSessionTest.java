package org.l2tpdoctor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;

/**
 * The shell end to end on a dumb terminal over streams, against the simulated router over real
 * SSH: connect, show, paste, diagnose, explain, exit, as a user types them.
 */
class ShellSessionTest {
    /** check reads one section per catalogued command. */
    private static final int SECTIONS = CommandCatalogue.commandsFor(7).size();
    private static final String PROMPT = "l2tpdoctor [demo:second-client-fails, " + SECTIONS + " sections]> ";

    @TempDir
    Path home;

    @Test
    void demoSessionShowsTablesPastesDiagnosesAndExplains() throws Exception {
        ShellDriver.Result r = ShellDriver.script(home,
                "connect --demo",
                "show installed-sa",
                "show /ip ipsec policy",
                "paste",
                "[admin@hq-gw] > /ppp secret print detail",
                "Flags: X - disabled",
                " 0   name=\"erin\" service=l2tp caller-id=\"\" password=\"Hunter2-NOT-REAL\" profile=default-encryption",
                ".",
                "diagnose",
                "explain L2TP-NAT-001",
                "exit",
                "show never-run");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("connected to demo:second-client-fails", PROMPT + "show installed-sa")
                // the installed SAs as aligned columns, keys masked
                .containsPattern("(?m)^#  FLAGS +SPI +SRC-ADDRESS +DST-ADDRESS +STATE")
                .containsPattern("(?m)^0  seen-traffic,esp  0x3C2B1A09 +203\\.0\\.113\\.7:1024 ")
                .contains("/ip ipsec policy (2 rows)")
                .contains("paste#1: Read 1 section(s): understood 2 of 2 lines", "/ppp secret (1 row)")
                // the diagnosis is the CLI's report, on the collected and the pasted evidence
                .contains("l2tpdoctor diagnosis", "ERROR L2TP-NAT-001", "generate-policy=port-strict",
                        "Collected from demo:second-client-fails over SSH (read-only)")
                .contains("L2TP-NAT-001  Second client behind the same NAT fails  [error]",
                        "On the evidence: fires")
                // the pasted lines are shown back with the password masked
                .contains("password=******** profile=default-encryption")
                .doesNotContain("Hunter2-NOT-REAL", "never-run");
        assertThat(r.out()).contains("l2tpdoctor [demo:second-client-fails, " + (SECTIONS + 1) + " sections]> diagnose");
        assertThat(r.out()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aScriptRunsInOrderAndEndsWithItsInput() throws Exception {
        ShellDriver.Result r = ShellDriver.script(home,
                "# a comment line does nothing",
                "connect --demo healthy",
                "log -n 1",
                "rules",
                "disconnect",
                "show policy -c level,template");
        assertThat(r.code()).isZero();
        int connect = r.out().indexOf("connected to demo:healthy");
        int log = r.out().indexOf("(1 of ");
        int rules = r.out().indexOf("L2TP-NAT-001");
        int disconnect = r.out().indexOf("disconnected from demo:healthy; the evidence stays");
        int show = r.out().indexOf("/ip ipsec policy (");
        assertThat(connect).isPositive();
        assertThat(log).isGreaterThan(connect);
        assertThat(rules).isGreaterThan(log);
        assertThat(disconnect).isGreaterThan(rules);
        assertThat(show).isGreaterThan(disconnect);
        // after disconnect the prompt shows only the evidence
        assertThat(r.out()).contains("l2tpdoctor [" + SECTIONS + " sections]> show policy");
    }

    @Test
    void errorsAreOneLineAndTheShellGoesOn() throws Exception {
        ShellDriver.Result r = ShellDriver.script(home,
                "frobnicate",
                "diagnose",
                "collect",
                "explain NAT",
                "show --bogus",
                "connect --demo no-such-scenario",
                "load " + home.resolve("missing.txt"),
                "watch soon",
                "help explain");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("error: unknown command 'frobnicate'").contains("'help' lists the commands")
                .contains("error: no evidence yet: connect HOST (or connect --demo), paste, or load FILE first")
                .contains("error: not connected: connect HOST, or connect --demo")
                .contains("error: no rule NAT (did you mean L2TP-NAT-001")
                .contains("error: Unknown option: '--bogus' ('help show' shows the usage)")
                .contains("error: no demo scenario 'no-such-scenario'")
                .contains("missing.txt: no such file or folder")
                .contains("'soon' is not a duration")
                .contains("Usage: explain [-h] RULE-ID");
        assertThat(ShellDriver.lines(r.out()).stream().filter(l -> l.startsWith("error: ")).count()).isEqualTo(8);
        assertThat(r.out()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void ctrlCCancelsTheRunningCommandAndKeepsTheShell() throws Exception {
        try (ShellDriver shell = new ShellDriver(home)) {
            shell.type("connect --demo");
            shell.waitFor("connected to demo:second-client-fails", 1);
            shell.type("watch 5m");
            shell.waitFor("ask the user to connect now", 1);
            shell.ctrlC();
            shell.waitFor("cancelled", 1);
            shell.type("show active");
            shell.waitFor("/ppp active (1 row)", 1);
            shell.type("exit");
            assertThat(shell.exitCode()).isZero();
            // still connected, and the cancelled watch changed nothing
            assertThat(shell.screen()).contains(
                    "l2tpdoctor [demo:second-client-fails, " + SECTIONS + " sections]> show active")
                    .doesNotContain("Logged while watching");
        }
    }

    @Test
    void ctrlCDuringAPasteDropsItAndCtrlDEndsOne() throws Exception {
        try (ShellDriver shell = new ShellDriver(home)) {
            shell.type("paste");
            shell.waitFor("end with a line holding only '.'", 1);
            shell.type("12:00:01 ipsec,info respond new phase 1 (Identity Protection): 1.2.3.4[500]<=>5.6.7.8[500]");
            // as a terminal driver flushes type-ahead on Ctrl-C, press it only once the line is read
            shell.waitFor("12:00:01 ipsec,info", 1);
            shell.ctrlC();
            shell.waitFor("paste dropped", 1);
            shell.type("paste");
            shell.waitFor("end with a line holding only '.'", 2);
            shell.type("12:00:02 ipsec,info respond new phase 1 (Identity Protection): 1.2.3.4[500]<=>5.6.7.8[500]");
            shell.endInput();
            assertThat(shell.exitCode()).isZero();
            assertThat(shell.screen()).contains("paste#1: Read 1 section(s)", "/log (1 event")
                    .contains("l2tpdoctor [1 section]> ");
        }
    }

    @Test
    void hostileTextIsShownEscapedAndSecretsMasked() throws Exception {
        ShellDriver.Result r = ShellDriver.script(home,
                "paste",
                "[admin@R1] > /ip ipsec identity print detail",
                " 0    peer=rw auth-method=pre-shared-key secret=\"Sup3r-NOT-REAL\" generate-policy=port-strict "
                        + "comment=\"\u001b]0;pwned\u0007\"",
                "13:01:02 ipsec,error \u001b[2J phase1 negotiation failed secret=Sup3r-NOT-REAL",
                ".",
                "show identity",
                "show identity -d",
                "log failed");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("Sup3r-NOT-REAL").doesNotContain("\u001b]0;").doesNotContain("\u001b[2J")
                .contains("********", "\\x1b]0;pwned\\x07", "\\x1b[2J");
    }

    @Test
    void checkSymptomFixScriptAndClearWorkOnTheCollectedEvidence() throws Exception {
        Path script = home.resolve("fixes.rsc");
        ShellDriver.Result r = ShellDriver.script(home,
                "connect --demo",
                "check --format json",
                "symptom second user behind the same router cannot connect",
                "fix-script " + script,
                "fix-script " + script,
                "clear",
                "diagnose",
                "collect",
                "rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"schema\": \"l2tpdoctor/diagnosis/1\"", "\"id\": \"L2TP-NAT-001\"")
                .contains("L2TP-NAT-001", "CONFIRMED by the evidence")
                .contains("finding(s) as a script to " + script + " — review it before running it")
                .contains("error: " + script + " exists; choose another name")
                .contains("forgot " + SECTIONS + " input(s); 'collect' reads the router again")
                .contains("error: no evidence yet")
                .containsPattern("(?m)^FAIL +L2TP-NAT-001 +error +Second client behind the same NAT fails$");
        assertThat(Files.readString(script)).contains("/export file=before-l2tpdoctor-",
                "generate-policy=port-strict", "/ip ipsec installed-sa flush");
    }

    @Test
    void historyGoesToTheGivenFileWithoutPastedText() throws Exception {
        ShellDriver.Result r = ShellDriver.script(home, "rules", "paste", "12:00:03 ipsec,info phase 1 PASTED-LINE", ".",
                "log");
        assertThat(r.code()).isZero();
        String history = Files.readString(home.resolve("history"));
        assertThat(history).contains("rules", "paste", "log").doesNotContain("PASTED-LINE");
        assertThat(Files.getPosixFilePermissions(home.resolve("history")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
}
