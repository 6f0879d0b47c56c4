package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.demo.Fault;
import org.l2tpdoctor.collect.demo.HostileFleet;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;
import org.l2tpdoctor.collect.demo.SimulatedRouter.Options;

/**
 * Fleets with hostile routers in them (issue 17): each router's trouble is its own row, never
 * the run's, and the healthy routers are diagnosed in full whatever the others do.
 */
class HostileFleetTest {
    private static final Map<String, String> PASSWORD = Map.of("L2TPDOCTOR_PASSWORD", "demo");

    @TempDir
    Path tmp;

    @Test
    void routersThatDropMidOutputAreTheirOwnRowsAndTheFleetGoesOn() throws Exception {
        // the crash was a race inside JSch (a channel asked for while the session was being torn
        // down comes back null); this runs the shapes that provoke it, FleetTest holds the isolation
        Fleetful fleet = fleet(12, i -> i < 8
                ? Options.defaults().withFaultOnEveryCommand(i % 2 == 0 ? Fault.dropMidOutput() : Fault.dropAfterAnswer())
                : Options.defaults(), "5s");
        assertThat(fleet.result.err()).doesNotContain("internal error", "Exception");
        assertThat(fleet.rows()).hasSize(12);
        assertThat(fleet.rows().subList(0, 8)).allMatch(l -> l.contains(" incomplete ") || l.contains("connection closed mid-output"));
        assertThat(fleet.rows().subList(8, 12)).allMatch(l -> l.contains(" clean "));
        assertThat(fleet.result.code()).isEqualTo(2);
    }

    /**
     * Issue 17's "done when": 50 routers, 10 drop mid-output, 5 never answer, 5 stream forever, 5
     * refuse every command; one row each, the other 25 fully diagnosed. The command timeout is
     * short so the suite stays quick; `bench/run hostile` times the same fleet (a silent router
     * that were not given up would cost 20 commands x the timeout by itself).
     */
    @Test
    void fiftyRoutersOfWhichHalfAreHostileGiveOneRowEachAndTheRestInFull() throws Exception {
        Fleetful fleet = fleet(HostileFleet.SIZE, HostileFleet::options, "2s");
        assertThat(fleet.result.err()).doesNotContain("internal error", "Exception");
        List<String> rows = fleet.rows();
        assertThat(rows).hasSize(50);
        assertThat(rows.subList(0, 10)).allMatch(l -> l.contains(" incomplete "));
        assertThat(rows.subList(10, 15)).allMatch(l -> l.contains(" no answer ") && l.contains("answered nothing within 2 s"));
        assertThat(rows.subList(15, 20)).allMatch(l -> l.contains("no complete answer within 2 s") && l.contains("gave up"));
        assertThat(rows.subList(15, 20)).allMatch(l -> l.contains(" no answer "));
        assertThat(rows.subList(20, 25)).allMatch(l -> l.contains(" rejected ") && l.contains("the router rejected it: bad command name"));
        assertThat(rows.subList(25, 50)).allMatch(l -> l.contains(" clean "));
        assertThat(fleet.result.code()).isEqualTo(2);
        // how long it takes is bench/run's to measure (bench/run hostile), not a unit test's
    }

    private record Fleetful(CliRun.Result result) {
        List<String> rows() {
            return result.out().lines().skip(1).takeWhile(l -> !l.isBlank()).toList();
        }
    }

    private Fleetful fleet(int size, IntFunction<Options> options, String commandTimeout) throws Exception {
        List<SimulatedRouter> routers = new ArrayList<>();
        try {
            List<String> args = new ArrayList<>(List.of("check", "--parallel", String.valueOf(size), "--known-hosts",
                    tmp.resolve("known_hosts").toString(), "--ssh-config", tmp.resolve("none").toString(),
                    "--accept-new-host-key", "--no-agent", "-l", "admin", "--command-timeout", commandTimeout));
            for (int i = 0; i < size; i++) {
                SimulatedRouter router = new SimulatedRouter();
                routers.add(router);
                int port = router.start(Scenario.load("healthy"), options.apply(i));
                args.addAll(List.of("--host", "127.0.0.1:" + port));
            }
            return new Fleetful(CliRun.run("", PASSWORD, args.toArray(String[]::new)));
        } finally {
            for (SimulatedRouter router : routers) {
                router.close();
            }
        }
    }
}
