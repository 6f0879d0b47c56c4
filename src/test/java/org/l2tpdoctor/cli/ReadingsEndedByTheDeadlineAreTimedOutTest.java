package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.demo.Fault;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.options.ConnectionOptions;
import org.l2tpdoctor.report.Unread;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * {@code --timeout} interrupts the readings still under way; each then ends at once with "connection
 * closed mid-output" and was taken for that router's answer when it ended before the answer was
 * put together (issue 17: a router given up by the deadline read "no answer: ... connection closed
 * mid-output" instead of "timed out", in 1 of the suite's runs at load ~20). Here the answer waits
 * until both interrupted readings have ended, so the order that lost is the one that always happens.
 */
class ReadingsEndedByTheDeadlineAreTimedOutTest {
    @TempDir
    Path tmp;

    static final class Options {
        @Mixin
        ConnectionOptions connection;
    }

    @Test
    void aReadingTheDeadlineEndedIsTimedOutNotAnAnswer() throws Exception {
        try (SimulatedRouter a = new SimulatedRouter(); SimulatedRouter b = new SimulatedRouter()) {
            SimulatedRouter.Options never = SimulatedRouter.Options.defaults().withFaultOnEveryCommand(Fault.answersNothing());
            int pa = a.start(Scenario.load("healthy"), never);
            int pb = b.start(Scenario.load("healthy"), never);
            Options options = CommandLine.populateCommand(new Options(), "--host", "127.0.0.1:" + pa,
                    "--host", "127.0.0.1:" + pb, "-l", "admin", "--known-hosts", tmp.resolve("known_hosts").toString(),
                    "--accept-new-host-key", "--no-agent", "--ssh-config", tmp.resolve("none").toString(),
                    "--command-timeout", "60s");
            Io io = Main.forTest(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    Map.of("L2TPDOCTOR_PASSWORD", "demo"));
            CountDownLatch interrupted = new CountDownLatch(2);
            Function<Collection, String> then = c -> {
                if (c.failure() == Unread.TIMED_OUT) {
                    // the answer is being put together: let the readings that the deadline ended end first
                    try {
                        interrupted.await(30, TimeUnit.SECONDS);
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "timed out";
                }
                interrupted.countDown();
                return "read: " + c.problems();
            };

            List<String> answer = MonitorRun.run(options.connection, null, 8, io, then, Duration.ofSeconds(2));

            assertThat(interrupted.getCount()).as("both readings ended once interrupted").isZero();
            assertThat(answer).containsExactly("timed out", "timed out");
        }
    }
}
