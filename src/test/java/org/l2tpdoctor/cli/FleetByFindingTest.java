package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;

/**
 * A fleet's report groups its findings by rule: each rule once, with the routers that share it
 * and whether one fix serves them all; the per-router table stays; --group-by router gives each
 * router's report instead; JSON carries the groups beside the routers.
 */
class FleetByFindingTest {
    private static final Map<String, String> PASSWORD = Map.of("L2TPDOCTOR_PASSWORD", "demo");

    @TempDir
    Path tmp;

    private CliRun.Result check(List<Integer> ports, String... more) {
        List<String> args = new ArrayList<>(List.of("check", "-l", "admin", "--known-hosts",
                tmp.resolve("known_hosts").toString(), "--accept-new-host-key", "--no-agent",
                "--ssh-config", tmp.resolve("none").toString(), "--color", "never"));
        ports.forEach(p -> args.addAll(List.of("--host", "127.0.0.1:" + p)));
        args.addAll(List.of(more));
        return CliRun.run("", PASSWORD, args.toArray(String[]::new));
    }

    @Test
    void findingsSharedByRoutersAreListedOnceWithTheirRouters() throws Exception {
        try (SimulatedRouter a = new SimulatedRouter(); SimulatedRouter b = new SimulatedRouter();
             SimulatedRouter c = new SimulatedRouter()) {
            int pa = a.start(Scenario.load("second-client-fails"), SimulatedRouter.Options.defaults());
            int pb = b.start(Scenario.load("second-client-fails"), SimulatedRouter.Options.defaults());
            int pc = c.start(Scenario.load("healthy"), SimulatedRouter.Options.defaults());
            List<Integer> ports = List.of(pa, pb, pc);

            CliRun.Result text = check(ports);
            assertThat(text.code()).isEqualTo(1);
            assertThat(text.out()).startsWith("ROUTER").contains("127.0.0.1:" + pc)
                    .contains("ERROR  L2TP-POLICY-002 on 2 routers (same fix): 127.0.0.1:" + pa + ", 127.0.0.1:" + pb)
                    .contains("/ip ipsec policy set [find template=yes] level=unique")
                    .doesNotContain("=== 127.0.0.1:");
            assertThat(text.out().indexOf("L2TP-POLICY-002 on 2 routers")).as("each rule once")
                    .isEqualTo(text.out().lastIndexOf("L2TP-POLICY-002 on 2 routers"));

            CliRun.Result byRouter = check(ports, "--group-by", "router");
            assertThat(byRouter.out()).contains("=== 127.0.0.1:" + pa + " ===").doesNotContain("on 2 routers");

            CliRun.Result json = check(ports, "--format", "json");
            assertThat(json.out()).contains("\"schema\": \"l2tpdoctor/fleet/1\"")
                    .containsPattern("\"rule\": \"L2TP-POLICY-002\",\\s*\"level\": \"error\",[^}]*\"count\": 2,")
                    .contains("\"sameFix\": true");
        }
    }
}
