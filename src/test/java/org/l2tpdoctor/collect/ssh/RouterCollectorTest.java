package org.l2tpdoctor.collect.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.RouterFixture;
import org.l2tpdoctor.collect.demo.Fault;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;
import org.l2tpdoctor.collect.demo.SimulatedRouter.Options;

/** Collection over real SSH on loopback against the simulated router, faults included. */
class RouterCollectorTest {
    /** The commands check sends a RouterOS 7 router: the catalogue's, one per menu it reads. */
    private static final int COMMANDS = CommandCatalogue.commandsFor(7).size();

    private static final String POLICY = "/ip ipsec policy print detail without-paging";
    private static final String LOG = "/log print detail without-paging where topics~\"ipsec|l2tp|ppp\"";

    @TempDir
    Path dir;

    @Test
    void collectsEveryV7CommandAsPlainText() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults(), dir)) {
            CollectionResult result = new RouterCollector(fixture.trustedTarget()).collect();

            assertThat(result.complete()).isTrue();
            assertThat(result.problems()).isEmpty();
            assertThat(result.version()).isEqualTo("7.19.4");
            assertThat(result.host()).isEqualTo("127.0.0.1");
            assertThat(result.captures()).extracting(Capture::command)
                    .containsExactlyElementsOf(CommandCatalogue.commandsFor(7));
            assertThat(result.captures()).allSatisfy(c -> {
                assertThat(c.source()).isEqualTo("127.0.0.1");
                assertThat(c.text()).doesNotContain("\r", "\u001B");
            });
            assertThat(text(result, POLICY)).contains("level=unique", "dst-port=52514");
            // the version first, then every other print in one command line, run in the catalogue's order
            assertThat(fixture.router().commandsReceived()).hasSize(2).first().isEqualTo(CommandCatalogue.VERSION_COMMAND);
            assertThat(CommandLine.commandsIn(fixture.router().commandsReceived().get(1))).hasValue(
                    CommandCatalogue.commandsFor(7).subList(1, COMMANDS));
            assertThat(fixture.router().commandsRun()).containsExactlyElementsOf(CommandCatalogue.commandsFor(7));
            assertThat(fixture.onlyReadOnlyCommandsReceived()).isTrue();
            assertThat(fixture.router().loginsTried()).containsOnly("admin+ct511w4098h");
            assertThat(fixture.router().connections()).isEqualTo(1);
        }
    }

    @Test
    void markersCutAcrossPacketsAreStillFoundAndEveryAnswerIsWhole() throws Exception {
        // A slow link or a small window hands the answer over in pieces: a command line's markers
        // then arrive cut across packets, and each reply must still end at its own marker.
        List<String> whole;
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults(), Files.createDirectories(dir.resolve("whole")))) {
            whole = new RouterCollector(fixture.trustedTarget()).collect().captures().stream().map(Capture::text).toList();
        }
        for (int piece : new int[] {1, 3, 7}) {
            try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults().withOutputInPiecesOf(piece),
                    Files.createDirectories(dir.resolve("pieces-" + piece)))) {
                CollectionResult result = new RouterCollector(fixture.trustedTarget()).collect();

                assertThat(result.complete()).as("pieces of %d bytes", piece).isTrue();
                assertThat(result.problems()).as("pieces of %d bytes", piece).isEmpty();
                assertThat(result.captures()).extracting(Capture::text).as("pieces of %d bytes", piece)
                        .containsExactlyElementsOf(whole);
                // read in the one command line, not run again command by command after a missed marker
                assertThat(fixture.router().commandsReceived()).as("pieces of %d bytes", piece).hasSize(2);
            }
        }
    }

    @Test
    void collectsTheV6ListFromALegacyRouterWhenAllowed() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy-v6", Options.defaults(), dir)) {
            CollectionResult result = new RouterCollector(
                    fixture.trustedTarget().withLegacyAlgorithms(true)).collect();

            assertThat(result.complete()).isTrue();
            assertThat(result.problems()).isEmpty();
            assertThat(result.version()).isEqualTo("6.49.10");
            assertThat(result.captures()).extracting(Capture::command)
                    .containsExactlyElementsOf(CommandCatalogue.commandsFor(6));
            assertThat(text(result, "/ip ipsec remote-peers print detail without-paging"))
                    .contains("remote-address=203.0.113.25");
            assertThat(fixture.onlyReadOnlyCommandsReceived()).isTrue();
        }
    }

    @Test
    void aCommandTheRouterRejectsIsAProblemNotACapture(@TempDir Path scenarioDir) throws Exception {
        // RouterOS before 6.43 has no identity or profile menu.
        Files.writeString(scenarioDir.resolve("scenario.properties"), "version=6.40.9\nuser=admin\npassword=demo\n");
        Scenario old = Scenario.fromFolder(scenarioDir);
        Options modern = Options.defaults().withAlgorithms(SimulatedRouter.Algorithms.MODERN);
        try (RouterFixture fixture = RouterFixture.start(old, modern, dir)) {
            CollectionResult result = new RouterCollector(fixture.trustedTarget()).collect();

            assertThat(result.complete()).isTrue();
            assertThat(result.version()).isEqualTo("6.40.9");
            assertThat(result.problems()).containsExactly(
                    "127.0.0.1: command '/ip ipsec identity print detail without-paging': the router"
                            + " rejected it: bad command name identity (line 1 column 11)",
                    "127.0.0.1: command '/ip ipsec profile print detail without-paging': the router"
                            + " rejected it: bad command name profile (line 1 column 11)");
            assertThat(result.captures()).extracting(Capture::command)
                    .doesNotContain("/ip ipsec identity print detail without-paging")
                    .hasSize(COMMANDS - 2);
            // the catalogue says 6.40 has neither menu: each goes alone, so the lines around them run
            assertThat(fixture.router().commandsReceived()).contains(
                    "/ip ipsec identity print detail without-paging", "/ip ipsec profile print detail without-paging");
            assertThat(fixture.router().commandsReceived()).hasSize(5);
        }
    }

    @Test
    void aLineOfPrintsCollectsWhatOneChannelPerPrintCollects() throws Exception {
        CollectionResult perChannel;
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults().withoutCommandLines(), dir)) {
            perChannel = new RouterCollector(fixture.trustedTarget()).collect();
        }
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults(), dir)) {
            CollectionResult line = new RouterCollector(fixture.trustedTarget()).collect();

            assertThat(line.captures()).isEqualTo(perChannel.captures());
            assertThat(line.problems()).isEqualTo(perChannel.problems()).isEmpty();
        }
    }

    @Test
    void aRouterThatRefusesTheLineGetsOneCommandPerChannel() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults().withoutCommandLines(), dir)) {
            CollectionResult result = new RouterCollector(fixture.trustedTarget()).collect();

            assertThat(result.complete()).isTrue();
            assertThat(result.problems()).isEmpty();
            assertThat(result.captures()).extracting(Capture::command)
                    .containsExactlyElementsOf(CommandCatalogue.commandsFor(7));
            List<String> received = fixture.router().commandsReceived();
            assertThat(received).hasSize(COMMANDS + 1);
            assertThat(CommandLine.commandsIn(received.get(1))).isPresent(); // tried once, refused: "syntax error"
            assertThat(received.subList(2, COMMANDS + 1)).containsExactlyElementsOf(CommandCatalogue.commandsFor(7).subList(1, COMMANDS));
            assertThat(fixture.onlyReadOnlyCommandsReceived()).isTrue();
        }
    }

    @Test
    void aPrintInTheLineThatNeverEndsIsNamedAndTheRestStillRun() throws Exception {
        // a print that answers forever: the line ends there, with that print named, and a new line takes the rest
        Options options = Options.defaults().withFault(POLICY, Fault.endlessOutput());
        try (RouterFixture fixture = RouterFixture.start("healthy", options, dir)) {
            SshTarget target = fixture.trustedTarget().withTimeouts(RouterFixture.CONNECT, Duration.ofMillis(600));
            CollectionResult result = new RouterCollector(target).collect();

            assertThat(result.complete()).isFalse();
            assertThat(result.problems()).containsExactly("127.0.0.1: command '" + POLICY
                    + "': no complete answer within 600 ms; partial output dropped");
            assertThat(result.captures()).hasSize(COMMANDS - 1).extracting(Capture::command).doesNotContain(POLICY);
        }
    }

    @Test
    void aDroppedConnectionKeepsWhatWasCollectedAndStops() throws Exception {
        Options options = Options.defaults().withFault(POLICY, Fault.dropMidOutput());
        try (RouterFixture fixture = RouterFixture.start("healthy", options, dir)) {
            CollectionResult result = new RouterCollector(fixture.trustedTarget()).collect();

            assertThat(result.complete()).as(result.problems().toString()).isFalse();
            assertThat(result.captures()).as(result.problems().toString()).extracting(Capture::command).containsExactly(
                    "/system resource print", "/system identity print",
                    "/ip ipsec installed-sa print detail without-paging");
            assertThat(result.problems()).containsExactly("127.0.0.1: command '" + POLICY
                    + "': connection closed mid-output; 3 answers kept, " + (COMMANDS - 4) + " commands not run");
            assertThat(fixture.router().commandsRun()).hasSize(4).last().isEqualTo(POLICY);
        }
    }

    @Test
    void aCommandThatTakesTooLongIsDroppedAndTheRestStillRuns() throws Exception {
        Options options = Options.defaults().withFault(POLICY, Fault.delay(Duration.ofSeconds(3)));
        try (RouterFixture fixture = RouterFixture.start("healthy", options, dir)) {
            SshTarget target = fixture.trustedTarget()
                    .withTimeouts(RouterFixture.CONNECT, Duration.ofMillis(500));
            CollectionResult result = new RouterCollector(target).collect();

            assertThat(result.complete()).isFalse();
            assertThat(result.problems()).containsExactly("127.0.0.1: command '" + POLICY
                    + "': no complete answer within 500 ms; partial output dropped");
            assertThat(result.captures()).hasSize(COMMANDS - 1).extracting(Capture::command).doesNotContain(POLICY);
            assertThat(fixture.router().commandsRun()).hasSize(COMMANDS);
            // the line ended at the late print; the prints after it went in a second line
            assertThat(fixture.router().commandsReceived()).hasSize(3);
        }
    }

    @Test
    void theCommandTimeoutIsTotalSoASlowDripIsCutOff() throws Exception {
        // Each line arrives well within the timeout, the whole answer does not.
        Options options = Options.defaults().withFault(LOG, Fault.drip(Duration.ofMillis(100)));
        try (RouterFixture fixture = RouterFixture.start("healthy", options, dir)) {
            SshTarget target = fixture.trustedTarget()
                    .withTimeouts(RouterFixture.CONNECT, Duration.ofMillis(800));
            CollectionResult result = new RouterCollector(target).collect();

            assertThat(result.complete()).isFalse();
            assertThat(result.problems()).singleElement().asString()
                    .isEqualTo("127.0.0.1: command '" + LOG
                            + "': no complete answer within 800 ms; partial output dropped");
            assertThat(result.captures()).hasSize(COMMANDS - 1);
        }
    }

    @Test
    void coloursFromARouterThatIgnoresTheSuffixAreStripped() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults(), dir)) {
            // A user name that already carries options gets no suffix, so the router colours.
            SshTarget target = fixture.trustedTarget().withUser("admin+t");
            CollectionResult result = new RouterCollector(target).collect();

            assertThat(fixture.router().loginsTried()).containsOnly("admin+t");
            assertThat(text(result, POLICY)).startsWith("Flags: T - TEMPLATE").doesNotContain("\u001B");
            assertThat(result.captures()).allSatisfy(c -> assertThat(c.text()).doesNotContain("\u001B", "\r"));
        }
    }

    @Test
    void dryRunListsTheCatalogueAndNeverConnects() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults(), dir)) {
            List<String> planned = new RouterCollector(fixture.trustedTarget()).dryRun();

            assertThat(planned).containsExactlyElementsOf(CommandCatalogue.allCommands())
                    .allMatch(CommandCatalogue::isReadOnly);
            assertThat(fixture.router().connections()).isZero();
            assertThat(fixture.router().commandsReceived()).isEmpty();
        }
    }

    private static String text(CollectionResult result, String command) {
        return result.captures().stream().filter(c -> c.command().equals(command))
                .findFirst().map(Capture::text).orElseThrow();
    }

    @Test
    void severalChannelsAtOnceCollectTheSameInPlanOrder() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults(), dir)) {
            CollectionResult one = new RouterCollector(fixture.trustedTarget()).collect();
            CollectionResult four = new RouterCollector(fixture.trustedTarget(), 4).collect();

            assertThat(four.complete()).isTrue();
            assertThat(four.problems()).isEmpty();
            assertThat(four.captures()).isEqualTo(one.captures());
            assertThat(fixture.router().commandsReceived()).allMatch(CommandCatalogue::isReadOnly);
        }
    }
}
