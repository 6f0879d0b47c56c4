package org.l2tpdoctor.collect.ssh;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommandRunnerTest {

    @Test
    void refusesAnyCommandOutsideTheCatalogueBeforeTouchingTheSession() {
        // No session at all: the check must come before anything is opened or sent.
        CommandRunner runner = new CommandRunner(null, Duration.ofSeconds(1));
        assertThatThrownBy(() -> runner.run("/ip ipsec installed-sa flush"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read-only catalogue");
        assertThatThrownBy(() -> runner.run("/ip ipsec policy print; /system reboot"))
                .isInstanceOf(IllegalStateException.class);
    }
}
