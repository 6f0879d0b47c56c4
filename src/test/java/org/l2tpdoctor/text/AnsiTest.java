package org.l2tpdoctor.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnsiTest {

    @Test
    void stripsColoursCursorMovesTitlesAndCarriageReturns() {
        String raw = "\u001B[m\u001B[33mFlags:\u001B[m X - DISABLED\r\n\u001B[9999B\u001B]0;title\u0007 0   name=a\r\n";
        assertThat(Ansi.strip(raw)).isEqualTo("Flags: X - DISABLED\n 0   name=a\n");
    }

    @Test
    void plainTextIsUntouched() {
        String text = "  name: office-gw\n";
        assertThat(Ansi.strip(text)).isEqualTo(text);
    }
}
