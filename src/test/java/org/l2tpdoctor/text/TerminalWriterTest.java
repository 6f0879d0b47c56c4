package org.l2tpdoctor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The output boundary: our colours pass, anything else that could drive a terminal is shown escaped. */
class TerminalWriterTest {
    private final StringWriter sink = new StringWriter();
    private final PrintWriter out = TerminalWriter.printWriter(sink, true);

    @Test
    void theReportsOwnColoursPass() {
        out.print("\u001b[1mbold\u001b[0m \u001b[31mred\u001b[0m \u001b[2mdim\u001b[m");
        out.flush();
        assertThat(sink.toString()).isEqualTo("\u001b[1mbold\u001b[0m \u001b[31mred\u001b[0m \u001b[2mdim\u001b[m");
    }

    @Test
    void everyOtherControlIsShownEscaped() {
        out.print("a\u001bcb\u001b(0c\u001b7d\u001b[8me\u001b]0;t\u0007f\u0008\u007f\u009b\u202e\u200b\ufeff\r\n");
        out.flush();
        assertThat(sink.toString()).isEqualTo("a\\x1bcb\\x1b(0c\\x1b7d\\x1b[8me\\x1b]0;t\\x07f\\x08\\x7f\\x9b"
                + "\\u202e\\u200b\\ufeff\\x0d\n");
    }

    @Test
    void aSequenceSplitAcrossWritesIsJudgedWhole() {
        out.print("\u001b");
        out.print("[3");
        out.print("3mx\u001b");
        out.print("c");
        out.flush();
        assertThat(sink.toString()).isEqualTo("\u001b[33mx\\x1bc");
    }

    @Test
    void progressControlsOfTheToolPass() {
        TerminalWriter.control(out, "\r3/5 routers collected");
        assertThat(sink.toString()).isEqualTo("\r3/5 routers collected");
    }
}
