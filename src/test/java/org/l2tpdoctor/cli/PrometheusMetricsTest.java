package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;
import org.l2tpdoctor.report.ExpositionParser;
import org.l2tpdoctor.report.ExpositionParser.Sample;
import org.l2tpdoctor.report.Promtool;

/**
 * {@code check --format prometheus} for one router and for a fleet with a router that cannot be
 * reached: Prometheus's own checker accepts it, and each router's series say what was found.
 */
class PrometheusMetricsTest {
    private static final Map<String, String> PASSWORD = Map.of("L2TPDOCTOR_PASSWORD", "demo");

    @TempDir
    Path tmp;

    @Test
    void aFleetsExpositionPassesPromtoolAndSaysWhichRouterHasWhichFinding() throws Exception {
        try (SimulatedRouter a = new SimulatedRouter(); SimulatedRouter b = new SimulatedRouter()) {
            int pa = a.start(Scenario.load("second-client-fails"), SimulatedRouter.Options.defaults());
            int pb = b.start(Scenario.load("healthy"), SimulatedRouter.Options.defaults());
            CliRun.Result r = CliRun.run("", PASSWORD, "check", "--format", "prometheus", "-l", "admin",
                    "--host", "127.0.0.1:" + pa, "--host", "127.0.0.1:" + pb, "--host", "127.0.0.1:1",
                    "--known-hosts", tmp.resolve("known_hosts").toString(), "--accept-new-host-key", "--no-agent",
                    "--ssh-config", tmp.resolve("none").toString());

            assertThat(r.code()).as("written, so a cron job moves it in place: " + r.err()).isZero();
            Promtool.accepts(r.out());
            List<Sample> samples = ExpositionParser.parse(r.out());
            String ra = "127.0.0.1:" + pa;
            String rb = "127.0.0.1:" + pb;
            assertThat(value(samples, "l2tpdoctor_router_up", Map.of("router", ra))).isEqualTo(1);
            assertThat(value(samples, "l2tpdoctor_router_up", Map.of("router", "127.0.0.1:1"))).isEqualTo(0);
            assertThat(value(samples, "l2tpdoctor_finding", Map.of("router", ra, "rule", "L2TP-NAT-001", "level", "error")))
                    .isEqualTo(1);
            assertThat(value(samples, "l2tpdoctor_findings", Map.of("router", rb, "level", "error"))).isEqualTo(0);
            assertThat(value(samples, "l2tpdoctor_ipsec_active_peers", Map.of("router", rb))).isEqualTo(3);
            assertThat(value(samples, "l2tpdoctor_ppp_active_sessions", Map.of("router", rb))).isEqualTo(3);
            assertThat(value(samples, "l2tpdoctor_ipsec_sa_pairs", Map.of("router", rb))).isEqualTo(3);
            assertThat(value(samples, "l2tpdoctor_log_attempts", Map.of("router", ra, "result", "stalled"))).isPositive();
            assertThat(samples).as("an unreachable router has no counts: unknown is not zero")
                    .noneMatch(s -> s.name().equals("l2tpdoctor_ipsec_active_peers") && s.labels().get("router").equals("127.0.0.1:1"));
            assertThat(samples).anyMatch(s -> s.name().equals("l2tpdoctor_collect_duration_seconds") && s.value() > 0);
        }
    }

    @Test
    void theDemoRouterAloneIsValidToo() throws Exception {
        CliRun.Result r = CliRun.run("", "check", "--demo", "drops", "--format", "prometheus");

        assertThat(r.code()).isZero();
        Promtool.accepts(r.out());
        assertThat(r.out()).contains("l2tpdoctor_finding{router=\"demo:drops\",rule=\"L2TP-DPD-001\",level=\"warning\"} 1");
    }

    static double value(List<Sample> samples, String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value).findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + name + labels));
    }
}
