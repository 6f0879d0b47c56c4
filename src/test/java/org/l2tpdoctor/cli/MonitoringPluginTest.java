package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.l2tpdoctor.collect.demo.Fault;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;

/**
 * {@code check --format nagios} keeps the Monitoring Plugins contract: exit 0-3, one status line
 * naming the worst finding and its fix, performance data in the guidelines' syntax, and UNKNOWN
 * (on standard output) for everything that stops the check: bad arguments, an unreachable router,
 * a router that does not answer before --timeout.
 */
class MonitoringPluginTest {
    private static final Map<String, String> PASSWORD = Map.of("L2TPDOCTOR_PASSWORD", "demo");
    /** 'label'=value[UOM];[warn];[crit];[min];[max], value a number or U. */
    private static final Pattern PERFDATA = Pattern.compile("('[^'=]+'|[^' =]+)=(-?[0-9.]+|U)(s|%|B|KB|MB|TB|c)?(;[0-9.:~@-]*){0,4}");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({
        "healthy,             0, OK,       no problem found",
        "second-client-fails, 2, CRITICAL, L2TP-NAT-001",
        "drops,               1, WARNING,  L2TP-DPD-001",
        "l2tp-never-starts,   2, CRITICAL, L2TP-STALL-001",
    })
    void eachDemoRouterGetsItsStateAndTheWorstFindingOnOneLine(String scenario, int code, String state, String names) {
        CliRun.Result r = CliRun.run("", "check", "--demo", scenario, "--format", "nagios");

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(code);
        String status = r.out().lines().findFirst().orElseThrow();
        assertThat(status).startsWith("L2TPDOCTOR " + state + " - demo:" + scenario + ": ").contains(names);
        String[] parts = status.split("\\|");
        assertThat(parts).as("one perfdata separator").hasSize(2);
        List<String> perf = List.of(parts[1].strip().split(" "));
        assertThat(perf).allMatch(p -> PERFDATA.matcher(p).matches());
        assertThat(perf.stream().map(p -> p.substring(0, p.indexOf('=')))).containsExactly("'ipsec_peers'",
                "'ppp_sessions'", "'sa_pairs'", "'failed_attempts'", "'stalled_clients'", "'collect_seconds'");
        assertThat(r.out().lines().skip(1)).as("long output carries no second perfdata").noneMatch(l -> l.contains("|"));
        if (code != 0) {
            assertThat(status).contains("; fix: ");
        }
    }

    @Test
    void theStatusLineNamesTheFixThatChangesSomethingNotTheListingBeforeIt() {
        CliRun.Result r = CliRun.run("", "check", "--demo", "second-client-fails", "--format", "nagios");

        assertThat(r.out().lines().findFirst().orElseThrow())
                .contains("fix: /ip ipsec identity set ").contains("generate-policy=port-strict");
        assertThat(r.out()).contains("[CRITICAL] L2TP-POLICY-001");
    }

    @Test
    void badArgumentsAreUnknownOnStandardOutput() {
        CliRun.Result r = CliRun.run("", "check", "--demo", "--format", "nagios", "--no-such-option");

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).startsWith("L2TPDOCTOR UNKNOWN - usage: ").contains("--no-such-option");
    }

    @Test
    void aBadValueOfAKnownOptionIsUnknownToo() {
        CliRun.Result r = CliRun.run("", "check", "--demo", "--format", "nagios", "--fail-on", "nonsense");

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).startsWith("L2TPDOCTOR UNKNOWN - ");
    }

    @Test
    void anUnreachableRouterIsUnknownWithTheReason() {
        CliRun.Result r = CliRun.run("", PASSWORD, "check", "--host", "admin@127.0.0.1:1", "--format", "nagios",
                "--known-hosts", tmp.resolve("known_hosts").toString(), "--no-agent",
                "--ssh-config", tmp.resolve("none").toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).startsWith("L2TPDOCTOR UNKNOWN - 127.0.0.1:1: unreachable: connect: connection refused")
                .contains("'ipsec_peers'=U;;;0");
    }

    @Test
    void aRouterThatDoesNotAnswerIsUnknownBeforeTheTimeout() throws Exception {
        try (SimulatedRouter router = new SimulatedRouter()) {
            int port = router.start(Scenario.load("healthy"), SimulatedRouter.Options.defaults()
                    .withFault(CommandCatalogue.VERSION_COMMAND, Fault.delay(Duration.ofSeconds(30))));
            long start = System.nanoTime();
            CliRun.Result r = CliRun.run("", PASSWORD, "check", "--host", "admin@127.0.0.1:" + port, "--format",
                    "nagios", "--timeout", "2s", "--known-hosts", tmp.resolve("known_hosts").toString(),
                    "--accept-new-host-key", "--no-agent", "--ssh-config", tmp.resolve("none").toString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
            assertThat(r.out()).startsWith("L2TPDOCTOR UNKNOWN - 127.0.0.1:" + port + ": timed out: no answer within 2 s (--timeout)");
            assertThat(took).as("answered by the deadline, not at the 30 s command timeout").isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aFleetIsOneServiceWithTheWorstStateAndTheSharedFinding() throws Exception {
        try (SimulatedRouter a = new SimulatedRouter(); SimulatedRouter b = new SimulatedRouter();
             SimulatedRouter c = new SimulatedRouter()) {
            int pa = a.start(Scenario.load("second-client-fails"), SimulatedRouter.Options.defaults());
            int pb = b.start(Scenario.load("second-client-fails"), SimulatedRouter.Options.defaults());
            int pc = c.start(Scenario.load("healthy"), SimulatedRouter.Options.defaults());
            CliRun.Result r = CliRun.run("", PASSWORD, "check", "--format", "nagios", "-l", "admin",
                    "--host", "127.0.0.1:" + pa, "--host", "127.0.0.1:" + pb, "--host", "127.0.0.1:" + pc,
                    "--known-hosts", tmp.resolve("known_hosts").toString(), "--accept-new-host-key", "--no-agent",
                    "--ssh-config", tmp.resolve("none").toString());

            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
            String status = r.out().lines().findFirst().orElseThrow();
            assertThat(status).startsWith("L2TPDOCTOR CRITICAL - 3 routers: 2 critical, 1 ok; worst: L2TP-NAT-001 on 2 routers")
                    .contains("'127.0.0.1:" + pc + " ipsec_peers'=3;;;0");
        }
    }
}
