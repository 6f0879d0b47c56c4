package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.demo.Fault;
import org.l2tpdoctor.collect.demo.HostileText;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;

/**
 * No input can drive the user's terminal (issue 17): the full set of hostile characters (escape
 * sequences, C0, C1, DEL, bidi overrides, zero-width) in every field of a paste, in a router's
 * answers, in file names and option values reaches no output and no fix script raw.
 */
class TerminalSafetyTest {
    private static final String H = HostileText.CHARACTERS;

    @TempDir
    Path tmp;

    @Test
    void hostileCharactersInEveryFieldOfAPasteReachNoOutputRaw() throws Exception {
        String paste = Files.readString(Path.of("rules/fixtures/second-client-fails.txt"))
                .replace("Office-GW", "Office" + H + "GW")
                .replace("7.16.2", "7.16.2" + H)
                .replace("l2tp-in-server", "l2tp" + H + "in")
                .replace(" phase 1 ", " phase 1 " + H + " ");
        Path file = Files.writeString(tmp.resolve("paste.txt"), paste);
        Path script = tmp.resolve("fix.rsc");
        for (String format : new String[] {"text", "json", "markdown"}) {
            CliRun.Result r = CliRun.run("", "diagnose", "-v", "--color", "never", "--format", format, file.toString());
            assertRaw(r.out() + r.err(), format);
        }
        CliRun.Result withScript = CliRun.run("", "diagnose", "--fix-script", script.toString(), file.toString());
        assertRaw(withScript.out() + withScript.err(), "diagnose --fix-script");
        assertRaw(Files.readString(script), "the fix script");
        CliRun.Result parse = CliRun.run("", "parse", "-v", file.toString());
        assertRaw(parse.out() + parse.err(), "parse -v");
        assertThat(parse.out()).as("shown, not dropped").contains("\\x1bc");
    }

    @Test
    void fileNamesRuleIdsAndOptionValuesAreEchoedSafely() {
        assertRaw(CliRun.run("", "diagnose", "missing" + H + ".txt").err(), "a missing file");
        assertRaw(CliRun.run("", "rules", "show", "L2TP" + H).err(), "rules show");
        assertRaw(CliRun.run("", "diagnose", "--format", "x" + H, "-").err(), "--format");
        assertRaw(CliRun.run("", "check", "--host", "a" + H + "b").err(), "--host");
    }

    @Test
    void aRouterThatAnswersWithEscapeSequencesCannotDriveTheTerminal() throws Exception {
        try (SimulatedRouter router = new SimulatedRouter()) {
            int port = router.start(Scenario.load("healthy"),
                    SimulatedRouter.Options.defaults().withFaultOnEveryCommand(Fault.hostileText()));
            CliRun.Result r = CliRun.run("", Map.of("L2TPDOCTOR_PASSWORD", "demo"), "check", "--host",
                    "admin@127.0.0.1:" + port, "--known-hosts", tmp.resolve("kh").toString(), "--accept-new-host-key",
                    "--ssh-config", tmp.resolve("none").toString(), "--no-agent", "-v", "--color", "never");
            assertThat(r.out()).contains("7.19.4");
            assertRaw(r.out() + r.err(), "check");
        }
    }

    /** No character that moves, recolours or reorders a terminal's text, other than newline and tab. */
    static void assertRaw(String output, String where) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            boolean unsafe = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f
                    || c >= 0x200b && c <= 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2060 && c <= 0x2069
                    || c == 0xfeff || c == 0x061c || c == 0x2028 || c == 0x2029;
            assertThat(unsafe).as(where + ": raw U+%04X at %d in: %s", (int) c, i,
                    output.substring(Math.max(0, i - 60), Math.min(output.length(), i + 20))).isFalse();
        }
    }
}
