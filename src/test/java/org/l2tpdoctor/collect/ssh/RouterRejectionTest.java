package org.l2tpdoctor.collect.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A RouterOS refusal is recognised at the start of an answer, not inside a log message. */
class RouterRejectionTest {

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
        assertThat(RouterRejection.in(" \r\n\t\n")).isEmpty();
        assertThat(RouterRejection.in("  \r\n\r\n  bad command name print (line 1 column 2)\r\nFlags: X\r\n"))
                .contains("bad command name print (line 1 column 2)");
        assertThat(RouterRejection.in("\n\n 0   name=\"x\"\nsyntax error\n")).isEmpty();
    }
}
