package org.l2tpdoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.engine.Io;

/**
 * A paste piped into {@code diagnose -} on a terminal keeps its colour: whether stdout is a
 * terminal is asked of stdout itself, not of System.console(), which is null when stdin is a pipe.
 */
class ColourFollowsStdoutTest {
    private static final PrintWriter SINK = new PrintWriter(new StringWriter());

    @Test
    void stdinAPipeAndStdoutATerminal() {
        Io io = Program.io(SINK, SINK, Map.of(0, "pipe:[40177]", 1, "/dev/pts/3")::get, false);
        assertThat(io.stdinIsTerminal()).isFalse();
        assertThat(io.stdoutIsTerminal()).isTrue();
    }

    @Test
    void stdoutRedirectedToAFileWhileStdinIsATerminal() {
        Io io = Program.io(SINK, SINK, Map.of(0, "/dev/pts/3", 1, "/tmp/report.txt")::get, false);
        assertThat(io.stdinIsTerminal()).isTrue();
        assertThat(io.stdoutIsTerminal()).isFalse();
    }

    @Test
    void theConsoleDecidesOnlyWhereTheDescriptorsCannotBeRead() {
        assertThat(Program.isTerminal(null, true)).isTrue();
        assertThat(Program.isTerminal("/dev/null", true)).isFalse();
        assertThat(Program.isTerminal("/dev/tty1", false)).isTrue();
    }
}
