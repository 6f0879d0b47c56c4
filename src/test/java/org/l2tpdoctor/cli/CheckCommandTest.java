package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;

/**
 * check and collect from the command line against simulated RouterOS routers on 127.0.0.1, over
 * real SSH: the demo, a router given by --host, a fleet, bundles, dry runs and failures.
 */
class CheckCommandTest {
    private static final Map<String, String> PASSWORD = Map.of("L2TPDOCTOR_PASSWORD", "demo");

    @TempDir
    Path tmp;

    @Test
    void demoShowsTheWholePathAndTheSecondClientFix() {
        CliRun.Result r = CliRun.run("", "check", "--demo");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Collected from demo:second-client-fails over SSH (read-only)",
                "L2TP-NAT-001", "generate-policy=port-strict", "/ip ipsec installed-sa flush");
    }

    @Test
    void hostIsReadOnlyOverSshAndEvidenceNamesRouterAndMenu() throws Exception {
        try (SimulatedRouter router = new SimulatedRouter()) {
            int port = router.start(Scenario.load("second-client-fails"), SimulatedRouter.Options.defaults());
            CliRun.Result r = CliRun.run("", PASSWORD, "check", "--host", "admin@127.0.0.1:" + port,
                    "--known-hosts", tmp.resolve("known_hosts").toString(), "--accept-new-host-key", "--no-agent",
                    "--ssh-config", tmp.resolve("none").toString());
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.out()).contains("127.0.0.1 /ip ipsec active-peers:");
            assertThat(router.commandsReceived()).isNotEmpty().allMatch(CommandCatalogue::isReadOnly);
            assertThat(r.out() + r.err()).doesNotContain("NOT-REAL");
        }
    }

    @Test
    void fleetOfFiftyRoutersGivesOneLineEachAndTheWorstStatus() throws Exception {
        List<SimulatedRouter> routers = new ArrayList<>();
        try {
            List<String> args = new ArrayList<>(List.of("check", "--group-by", "router", "--parallel", "16", "--known-hosts",
                    tmp.resolve("known_hosts").toString(), "--accept-new-host-key", "--no-agent", "-l", "admin"));
            for (int i = 0; i < 50; i++) {
                SimulatedRouter router = new SimulatedRouter();
                routers.add(router);
                int port = router.start(Scenario.load(i == 7 ? "second-client-fails" : "healthy"),
                        SimulatedRouter.Options.defaults());
                args.addAll(List.of("--host", "127.0.0.1:" + port));
            }
            args.addAll(List.of("--host", "127.0.0.1:1"));
            CliRun.Result r = CliRun.run("", PASSWORD, args.toArray(String[]::new));
            assertThat(r.code()).as("one router unreachable").isEqualTo(2);
            List<String> summary = r.out().lines().takeWhile(l -> !l.isBlank()).toList();
            assertThat(summary).hasSize(52);
            assertThat(summary.stream().filter(l -> l.contains(" findings ")).count()).isGreaterThanOrEqualTo(1);
            assertThat(summary.get(51)).contains("unreachable", "connection refused");
            long cleanRouters = summary.stream().filter(l -> l.contains(" clean ")).count();
            assertThat(r.out()).as("only the routers with findings or errors get a full report")
                    .contains(cleanRouters + " clean router(s): their reports are not shown (-v shows them)");
            assertThat(r.out().lines().filter(l -> l.startsWith("=== "))).hasSize((int) (51 - cleanRouters));
        } finally {
            for (SimulatedRouter router : routers) {
                router.close();
            }
        }
    }

    @Test
    void dryRunListsTheAllowlistAndConnectsNowhere() {
        CliRun.Result r = CliRun.run("", "check", "--dry-run", "--host", "r1.invalid", "--watch", "1m");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("/ip ipsec installed-sa print detail without-paging",
                "/log print follow-only where topics~\"ipsec|l2tp|ppp\"");
    }

    @Test
    void unreachableRouterIsOneLineAndExitTwo() {
        CliRun.Result r = CliRun.run("", "check", "--host", "127.0.0.1:1", "--connect-timeout", "2s", "--no-agent");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1).allMatch(l -> l.startsWith("l2tpdoctor: 127.0.0.1"));
    }

    @Test
    void usageErrorsAreOneClearLine() {
        assertThat(CliRun.run("", "check").err()).contains("no router: give --host HOST, --inventory FILE, or --demo");
        assertThat(CliRun.run("", "check", "--host", "a@b@c").code()).isEqualTo(2);
        assertThat(CliRun.run("", "check", "--demo", "nope").err()).contains("no demo scenario 'nope'");
        assertThat(CliRun.run("", "check", "--demo", "--watch", "soon").err()).contains("not a duration");
    }

    @Test
    void watchAddsTheRetryToTheClientStories() {
        CliRun.Result r = CliRun.run("", "check", "--demo", "--watch", "1s");
        assertThat(r.out()).contains("203.0.113.7:1040", "13:41:02 phase 1");
        assertThat(r.err()).as("each followed line is shown as it arrives")
                .contains("demo:second-client-fails  2026-09-18 13:41:02 ipsec,info respond new phase 1");
    }

    @Test
    void collectWritesAMaskedBundleThatDiagnoseReads() throws Exception {
        Path bundle = tmp.resolve("bundle");
        CliRun.Result c = CliRun.run("", "collect", "--demo", "-o", bundle.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(bundle.resolve("manifest.json")).exists();
        for (Path f : Files.list(bundle).toList()) {
            assertThat(Files.readString(f)).as(f.toString()).doesNotContain("NOT-REAL");
        }
        CliRun.Result d = CliRun.run("", "diagnose", bundle.toString());
        assertThat(d.code()).isEqualTo(1);
        assertThat(d.out()).contains("L2TP-NAT-001");
        assertThat(CliRun.run("", "collect", "--demo", "-o", bundle.toString()).err()).contains("never overwrites");
    }

    @Test
    void inventoryFileWithCommentsAndErrorsNamingTheLine() throws Exception {
        Path inventory = tmp.resolve("routers.txt");
        Files.writeString(inventory, "# office routers\n\nr1.invalid admin 2222\nadmin@r2.invalid:22 # main\n");
        CliRun.Result ok = CliRun.run("", "check", "--dry-run", "--inventory", inventory.toString());
        assertThat(ok.out()).contains("r1.invalid:2222:", "r2.invalid:22:");
        Files.writeString(inventory, "r1 admin 22 extra\n");
        assertThat(CliRun.run("", "check", "--dry-run", "--inventory", inventory.toString()).err())
                .contains("routers.txt:1:");
    }
}
