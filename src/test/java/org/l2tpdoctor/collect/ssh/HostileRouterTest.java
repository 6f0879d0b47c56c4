package org.l2tpdoctor.collect.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.RouterFixture;
import org.l2tpdoctor.collect.demo.Fault;
import org.l2tpdoctor.collect.demo.HostileText;
import org.l2tpdoctor.collect.demo.SimulatedRouter.Options;

/** One router misbehaving on purpose (issue 17): each fault costs little time and says so in one line. */
class HostileRouterTest {
    private static final Duration COMMAND = Duration.ofMillis(700);

    @TempDir
    Path dir;

    @Test
    void aRouterThatLogsInAndNeverAnswersIsGivenUpAfterOneCommandTimeoutWithOneLine() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy",
                Options.defaults().withFaultOnEveryCommand(Fault.answersNothing()), dir)) {
            long start = System.nanoTime();
            CollectionResult result = new RouterCollector(fixture.trustedTarget()
                    .withTimeouts(RouterFixture.CONNECT, COMMAND)).collect();
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(result.complete()).isFalse();
            assertThat(result.captures()).isEmpty();
            assertThat(result.problems()).containsExactly("127.0.0.1: logged in, but the router answered nothing "
                    + "within 700 ms to '/system resource print'; gave up ("
                    + (CommandCatalogue.commandsFor(7).size() - 1) + " commands not run)");
            assertThat(fixture.router().commandsReceived()).hasSize(1);
            // one command's timeout, not one per command (21 x 700 ms); the handshake before it
            // took 1.4 s on a loaded 2-core machine, so the bound leaves it room
            assertThat(millis).isLessThan(COMMAND.toMillis() * 5);
        }
    }

    @Test
    void aRouterThatStreamsForeverIsGivenUpAfterOneCommandTimeout() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy",
                Options.defaults().withFaultOnEveryCommand(Fault.endlessOutput()), dir)) {
            CollectionResult result = new RouterCollector(fixture.trustedTarget()
                    .withTimeouts(RouterFixture.CONNECT, COMMAND)).collect();

            assertThat(result.complete()).isFalse();
            assertThat(result.problems()).singleElement().asString()
                    .contains("'/system resource print'", "gave up");
            assertThat(fixture.router().commandsReceived()).hasSize(1);
        }
    }

    @Test
    void aCommandTheRouterRejectsMarksTheRunIncomplete() throws Exception {
        String policy = "/ip ipsec policy print detail without-paging";
        try (RouterFixture fixture = RouterFixture.start("healthy",
                Options.defaults().withFault(policy, Fault.rejected()), dir)) {
            CollectionResult result = new RouterCollector(fixture.trustedTarget()).collect();

            assertThat(result.complete()).as("a print the diagnosis needs is missing").isFalse();
            assertThat(result.problems()).containsExactly("127.0.0.1: command '" + policy
                    + "': the router rejected it: bad command name print (line 1 column 2)");
        }
    }

    @Test
    void escapeSequencesAndHugeLinesInAnswersAreKeptAsTextForTheParserToJudge() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy",
                Options.defaults().withFaultOnEveryCommand(Fault.hostileText()), dir)) {
            CollectionResult result = new RouterCollector(fixture.trustedTarget()).collect();

            assertThat(result.complete()).isTrue();
            assertThat(result.version()).isEqualTo("7.19.4");
            assertThat(result.captures()).extracting(Capture::text)
                    .anyMatch(t -> t.contains("x".repeat(1000)));
        }
    }
}
