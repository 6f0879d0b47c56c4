package org.l2tpdoctor.text;


import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nothing from the input can drive the terminal: control characters are shown, not obeyed. */
class TerminalTextTest {

    @Test
    void escapesControlCharactersAndBidiOverrides() {
        assertThat(TerminalText.safe("a\u001b[31mb\u0007c\u0000d\u202ee\u009bf"))
                .isEqualTo("a\\x1b[31mb\\x07c\\x00d\\u202ee\\x9bf");
    }

    @Test
    void leavesOrdinaryTextAndTabsAlone() {
        assertThat(TerminalText.safe("Горелова\tok ▒")).isEqualTo("Горелова\tok ▒");
    }
}
