package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.report.ExpositionParser;
import org.l2tpdoctor.report.Promtool;

/**
 * {@code diagnose --format nagios|prometheus}: a paste (or a saved collection) judged by a
 * monitoring system. The plugin follows the monitoring-plugin convention (0 OK, 1 WARNING,
 * 2 CRITICAL, 3 UNKNOWN, one status line on standard output, even when the input cannot be
 * read); the metrics pass Prometheus's own checker and name the paste's router "input".
 */
class DiagnoseForMonitoringTest {
    private static final String FIXTURES = "rules/fixtures/";

    @Test
    void aPasteWithAnErrorIsCriticalWithItsFixOnTheStatusLine() {
        CliRun.Result r = CliRun.run("", "diagnose", "--format", "nagios", FIXTURES + "second-client-fails.txt");

        assertThat(r.code()).isEqualTo(2);
        String status = r.out().lines().findFirst().orElseThrow();
        assertThat(status).startsWith("L2TPDOCTOR CRITICAL - input: L2TP-").contains("; fix: /ip ipsec ", " | 'ipsec_peers'=");
        assertThat(r.out().lines().skip(1)).as("the other findings, one line each").isNotEmpty()
                .allMatch(l -> l.startsWith("[CRITICAL] ") || l.startsWith("[WARNING] "));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aPasteWithOnlyAWarningIsWarning() {
        CliRun.Result r = CliRun.run("", "diagnose", "--format", "nagios", FIXTURES + "session-drops-dpd-2m.txt");

        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).startsWith("L2TPDOCTOR WARNING - input: L2TP-DPD-001 ");
    }

    @Test
    void aHealthyPasteIsOkWithItsCountsAsPerformanceData() {
        CliRun.Result r = CliRun.run("", "diagnose", "--format", "nagios", FIXTURES + "healthy-3-clients.txt");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("L2TPDOCTOR OK - input: no problem found; 3 IPsec peers, 3 PPP sessions, 3 SA pairs")
                .contains("| 'ipsec_peers'=3;;;0 'ppp_sessions'=3;;;0 'sa_pairs'=3;;;0");
    }

    @Test
    void anInputThatCannotBeReadIsUnknownOnStandardOutput() {
        CliRun.Result missing = CliRun.run("", "diagnose", "--format", "nagios", "no/such/file.txt");
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.out()).startsWith("L2TPDOCTOR UNKNOWN - ").contains("no/such/file.txt");

        CliRun.Result garbage = CliRun.run("hello world\n", "diagnose", "--format", "nagios", "-");
        assertThat(garbage.code()).isEqualTo(3);
        assertThat(garbage.out()).startsWith("L2TPDOCTOR UNKNOWN - ");
    }

    @Test
    void aPastesMetricsPassPromtoolAndExitZero() throws Exception {
        CliRun.Result r = CliRun.run("", "diagnose", "--format", "prometheus", FIXTURES + "second-client-fails.txt");

        assertThat(r.code()).as("metrics written are a success: " + r.err()).isZero();
        Promtool.accepts(r.out());
        List<ExpositionParser.Sample> samples = ExpositionParser.parse(r.out());
        assertThat(PrometheusMetricsTest.value(samples, "l2tpdoctor_router_up", java.util.Map.of("router", "input"))).isEqualTo(1);
        assertThat(r.out()).contains("l2tpdoctor_finding{router=\"input\",rule=\"L2TP-NAT-001\",level=\"error\"} 1");
        assertThat(r.out()).as("a paste took no collecting").doesNotContain("l2tpdoctor_collect_duration_seconds{");
    }

    @Test
    void aPasteThatCannotBeReadIsAnErrorNotMetrics() {
        CliRun.Result r = CliRun.run("", "diagnose", "--format", "prometheus", "no/such/file.txt");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("l2tpdoctor: no/such/file.txt: no such file or folder\n");
    }
}
