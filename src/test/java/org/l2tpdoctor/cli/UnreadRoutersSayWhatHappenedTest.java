package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.demo.Fault;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;
import org.l2tpdoctor.report.ExpositionParser;
import org.l2tpdoctor.report.ExpositionParser.Sample;
import org.l2tpdoctor.report.Promtool;

/**
 * A router that could not be read says why in every format (issue 17): a wrong password, a
 * changed host key and a router given up by {@code --timeout} each read "unreachable" before,
 * though each was reached. Now the fleet row says "login failed", "host key changed", "timed
 * out"; JSON's {@code collection.unread} and Prometheus's {@code l2tpdoctor_router_unread}
 * carry the same as a token; the Nagios line names it. Exit codes keep their meaning (2: a
 * router could not be read; 3 for Nagios: UNKNOWN; 0 for a written Prometheus exposition).
 */
class UnreadRoutersSayWhatHappenedTest {
    private static final Map<String, String> PASSWORD = Map.of("L2TPDOCTOR_PASSWORD", "demo");

    @TempDir
    Path tmp;

    private List<String> ssh(Path knownHosts) {
        return List.of("--known-hosts", knownHosts.toString(), "--accept-new-host-key", "--no-agent",
                "--ssh-config", tmp.resolve("none").toString(), "-l", "admin", "--color", "never");
    }

    @Test
    void aWrongPasswordAndAChangedHostKeyAreNamedNotUnreachable() throws Exception {
        try (SimulatedRouter healthy = new SimulatedRouter(); SimulatedRouter wrongPassword = new SimulatedRouter();
             SimulatedRouter changedKey = new SimulatedRouter(); SimulatedRouter other = new SimulatedRouter()) {
            int ph = healthy.start(Scenario.load("healthy"), SimulatedRouter.Options.defaults());
            int pw = wrongPassword.start(Scenario.load("healthy"), SimulatedRouter.Options.defaults().withWrongPasswordAlways());
            int pk = changedKey.start(Scenario.load("healthy"), SimulatedRouter.Options.defaults());
            other.start(Scenario.load("healthy"), SimulatedRouter.Options.defaults());
            // known_hosts holds another router's key under the changed one's address and port
            String key = other.knownHostsLine();
            Path knownHosts = tmp.resolve("known_hosts");
            Files.writeString(knownHosts, "[127.0.0.1]:" + pk + key.substring(key.indexOf(' ')) + "\n");
            String rh = "127.0.0.1:" + ph;
            String rw = "127.0.0.1:" + pw;
            String rk = "127.0.0.1:" + pk;

            for (String format : new String[] {"text", "markdown"}) {
                CliRun.Result r = run(knownHosts, format, List.of(), rh, rw, rk);
                assertThat(r.code()).as(format + r.err()).isEqualTo(2);
                assertThat(row(r.out(), rw)).as(format).contains("login failed").contains("wrong password")
                        .doesNotContain("unreachable");
                assertThat(row(r.out(), rk)).as(format).contains("host key changed").contains("HAS CHANGED")
                        .doesNotContain("unreachable");
                assertThat(row(r.out(), rh)).as(format).containsAnyOf("clean", "findings");
            }

            CliRun.Result json = run(knownHosts, "json", List.of(), rh, rw, rk);
            assertThat(json.code()).isEqualTo(2);
            assertThat(compact(json.out())).contains("\"source\":\"" + rw + "\",\"complete\":false,\"unread\":\"login_failed\"")
                    .contains("\"source\":\"" + rk + "\",\"complete\":false,\"unread\":\"host_key_changed\"")
                    .doesNotContain("\"unread\":\"unreachable\"");

            CliRun.Result prometheus = run(knownHosts, "prometheus", List.of(), rh, rw, rk);
            assertThat(prometheus.code()).as(prometheus.err()).isZero();
            Promtool.accepts(prometheus.out());
            List<Sample> samples = ExpositionParser.parse(prometheus.out());
            assertThat(PrometheusMetricsTest.value(samples, "l2tpdoctor_router_up", Map.of("router", rw))).isZero();
            assertThat(PrometheusMetricsTest.value(samples, "l2tpdoctor_router_unread",
                    Map.of("router", rw, "reason", "login_failed"))).isEqualTo(1);
            assertThat(PrometheusMetricsTest.value(samples, "l2tpdoctor_router_unread",
                    Map.of("router", rk, "reason", "host_key_changed"))).isEqualTo(1);
            assertThat(samples).as("a router that was read has no reason")
                    .noneMatch(s -> s.name().equals("l2tpdoctor_router_unread") && s.labels().get("router").equals(rh));

            CliRun.Result nagios = run(knownHosts, "nagios", List.of(), rh, rw, rk);
            assertThat(nagios.code()).isEqualTo(3);
            assertThat(nagios.out()).contains("[UNKNOWN] " + rw + ": login failed: auth: login as 'admin' refused: wrong password")
                    .contains("[UNKNOWN] " + rk + ": host key changed: HOST KEY FOR 127.0.0.1 HAS CHANGED");
        }
    }

    @Test
    void aRouterGivenUpByTheTimeoutIsTimedOutNotUnreachable() throws Exception {
        try (SimulatedRouter silent = new SimulatedRouter(); SimulatedRouter silentToo = new SimulatedRouter()) {
            SimulatedRouter.Options never = SimulatedRouter.Options.defaults().withFaultOnEveryCommand(Fault.answersNothing());
            String a = "127.0.0.1:" + silent.start(Scenario.load("healthy"), never);
            String b = "127.0.0.1:" + silentToo.start(Scenario.load("healthy"), never);
            Path knownHosts = tmp.resolve("known_hosts");
            List<String> late = List.of("--timeout", "2s", "--command-timeout", "60s");

            CliRun.Result text = run(knownHosts, "text", late, a, b);
            assertThat(text.code()).isEqualTo(2);
            assertThat(row(text.out(), a)).contains("timed out").contains("(--timeout)").doesNotContain("unreachable");

            CliRun.Result json = run(knownHosts, "json", late, a, b);
            assertThat(compact(json.out())).contains("\"source\":\"" + a + "\",\"complete\":false,\"unread\":\"timed_out\"");

            CliRun.Result prometheus = run(knownHosts, "prometheus", late, a, b);
            assertThat(PrometheusMetricsTest.value(ExpositionParser.parse(prometheus.out()), "l2tpdoctor_router_unread",
                    Map.of("router", a, "reason", "timed_out"))).isEqualTo(1);

            CliRun.Result nagios = run(knownHosts, "nagios", late, a);
            assertThat(nagios.code()).isEqualTo(3);
            assertThat(nagios.out()).startsWith("L2TPDOCTOR UNKNOWN - " + a + ": timed out: no answer within 2 s (--timeout)");
        }
    }

    private CliRun.Result run(Path knownHosts, String format, List<String> more, String... routers) {
        List<String> args = new ArrayList<>(List.of("check", "--format", format));
        args.addAll(ssh(knownHosts));
        args.addAll(more);
        for (String router : routers) {
            args.add("--host");
            args.add(router);
        }
        return CliRun.run("", PASSWORD, args.toArray(String[]::new));
    }

    /** The JSON without its indentation and line breaks. */
    private static String compact(String json) {
        return json.replaceAll("\\s+", "");
    }

    private static String row(String out, String router) {
        return out.lines().filter(l -> l.contains(router) && !l.startsWith("===")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + router + " in\n" + out));
    }
}
