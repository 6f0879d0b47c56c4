package org.l2tpdoctor.collect.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void stripsColoursCursorMovesTitlesAndCarriageReturns() {
        String raw = "\u001B[m\u001B[33mFlags:\u001B[m X - DISABLED\r\n\u001B[9999B\u001B]0;title\u0007 0   name=a\r\n";
        assertThat(TerminalText.clean(raw)).isEqualTo("Flags: X - DISABLED\n 0   name=a\n");
    }

    @Test
    void plainTextIsUntouched() {
        String text = "  name: office-gw\n";
        assertThat(TerminalText.clean(text)).isEqualTo(text);
    }

    @Test
    void recognisesRouterOsRefusalsOnlyAtTheStart() {
        assertThat(RouterRejection.in("bad command name remote-peers (line 1 column 11)\n"))
                .contains("bad command name remote-peers (line 1 column 11)");
        assertThat(RouterRejection.in("\nsyntax error (line 1 column 5)\n")).isPresent();
        assertThat(RouterRejection.in("no such item\n")).isPresent();
        assertThat(RouterRejection.in("expected end of command (line 1 column 40)")).isPresent();
        assertThat(RouterRejection.in(" time=2026-09-18 10:00:00 topics=system,info message=\"x\"\n"
                + " time=2026-09-18 10:00:01 topics=script,error message=\"syntax error (line 1 column 5)\"\n"))
                .isEmpty();
        assertThat(RouterRejection.in("Flags: X - DISABLED\n")).isEmpty();
        assertThat(RouterRejection.in("")).isEmpty();
    }
}
