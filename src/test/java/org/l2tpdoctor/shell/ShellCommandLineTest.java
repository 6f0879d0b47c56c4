package org.l2tpdoctor.shell;

import org.l2tpdoctor.app.Program;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;
import org.l2tpdoctor.engine.Io;

/** {@code l2tpdoctor shell} from the command line: a script on standard input, exit codes, real SSH options. */
class ShellCommandLineTest {
    @TempDir
    Path tmp;

    private record Ran(int code, String out, String err) {
    }

    private Ran run(InputStream in, Map<String, String> extraEnv, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put(ShellSettings.HISTORY_VARIABLE, tmp.resolve("history").toString());
        int code = Program.run(args, new Io(in, new PrintWriter(out, true), new PrintWriter(err, true), env, false, false));
        return new Ran(code, out.toString(), err.toString());
    }

    private static InputStream script(String... lines) {
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shellIsACommandOfTheCliAndRunsAScript() {
        Ran r = run(script("connect --demo drops", "show active", "diagnose --format markdown", "quit"), Map.of(),
                "shell");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("connected to demo:drops", "/ppp active (", "# l2tpdoctor");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void findingsDoNotChangeTheExitCodeButUnreadableInputDoes() {
        assertThat(run(script("connect --demo", "diagnose"), Map.of(), "shell").code()).isZero();
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device gone");
            }
        };
        Ran r = run(broken, Map.of(), "shell");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("error: cannot read the input");
    }

    @Test
    void brokenRulesStopTheShellBeforeItStarts() {
        Ran r = run(script("exit"), Map.of(), "shell", "--rules", tmp.resolve("no-such-folder").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("l2tpdoctor: ");
    }

    @Test
    void connectTakesTheSshOptionsOfCheck() throws Exception {
        try (SimulatedRouter router = new SimulatedRouter()) {
            int port = router.start(Scenario.load("second-client-fails"), SimulatedRouter.Options.defaults());
            Ran r = run(script(
                    "connect admin@127.0.0.1:" + port + " --known-hosts " + tmp.resolve("known_hosts")
                            + " --accept-new-host-key --no-agent --ssh-config " + tmp.resolve("none")
                            + " --connect-timeout 5s --command-timeout 10s",
                    "show peer -c address,exchange-mode",
                    "collect"),
                    Map.of("L2TPDOCTOR_PASSWORD", "demo"), "shell");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("connected to 127.0.0.1:" + port, "l2tpdoctor [127.0.0.1:" + port + ", " + CommandCatalogue.commandsFor(7).size() + " sections]> ")
                    .contains("ADDRESS", "EXCHANGE-MODE");
            assertThat(router.commandsReceived()).isNotEmpty().allMatch(CommandCatalogue::isReadOnly);
            assertThat(router.connections()).isEqualTo(2);
        }
    }
}
