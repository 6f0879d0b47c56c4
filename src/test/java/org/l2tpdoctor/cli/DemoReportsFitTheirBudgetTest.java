package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The demo's reports fit what a busy admin reads at 2 a.m.: the second-client router in 60 lines
 * (215 before the answer came first), the healthy one in 25 (114), and each opens with its answer.
 */
class DemoReportsFitTheirBudgetTest {

    @Test
    void theSecondClientReportFitsSixtyLinesAndOpensWithTheAnswer() {
        CliRun.Result r = CliRun.run("", "check", "--demo=second-client-fails", "--color", "never");
        assertThat(r.out().lines().count()).as(r.out()).isLessThanOrEqualTo(60);
        // 3, not 4: the stall beside anna's session is the second client behind one NAT (stall-cause=second-client),
        // told by POLICY-001/NAT-001; STALL-001 no longer repeats it as a fourth error
        assertThat(r.out().lines().skip(3).findFirst().orElseThrow()).startsWith("3 errors and 1 warning.");
        assertThat(r.out()).contains("\nDo this first", "\nCheck afterwards (2 clients");
        assertThat(r.out().indexOf("Do this first")).isLessThan(r.out().indexOf("\nDetails"));
    }

    @Test
    void theHealthyReportFitsTwentyFiveLines() {
        CliRun.Result r = CliRun.run("", "check", "--demo=healthy", "--color", "never");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().count()).as(r.out()).isLessThanOrEqualTo(25);
        assertThat(r.out()).contains("\nHealthy: 3 clients connected, ").doesNotContain("Do this first");
    }
}
