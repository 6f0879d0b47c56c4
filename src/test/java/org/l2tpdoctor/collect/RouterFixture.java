package org.l2tpdoctor.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;
import org.l2tpdoctor.collect.ssh.SshTarget;

/** A simulated router on loopback for one test, with targets that reach it and nothing of ~/.ssh. */
public final class RouterFixture implements AutoCloseable {
    public static final Duration CONNECT = Duration.ofSeconds(3);
    public static final Duration COMMAND = Duration.ofSeconds(3);

    private final SimulatedRouter router = new SimulatedRouter();
    private final Scenario scenario;
    private final Path dir;
    private final int port;

    private RouterFixture(Scenario scenario, SimulatedRouter.Options options, Path dir) throws IOException {
        this.scenario = scenario;
        this.dir = dir;
        this.port = router.start(scenario, options);
    }

    public static RouterFixture start(String scenario, SimulatedRouter.Options options, Path dir)
            throws IOException, InputError {
        return new RouterFixture(Scenario.builtIn(scenario), options, dir);
    }

    public static RouterFixture start(Scenario scenario, SimulatedRouter.Options options, Path dir)
            throws IOException {
        return new RouterFixture(scenario, options, dir);
    }

    public SimulatedRouter router() {
        return router;
    }

    public int port() {
        return port;
    }

    public Path knownHosts() {
        return dir.resolve("known_hosts");
    }

    /** Logs in as the scenario's user with its password; the host key is already trusted. */
    public SshTarget trustedTarget() throws IOException {
        Files.writeString(knownHosts(), router.knownHostsLine() + "\n");
        return untrustedTarget();
    }

    /** As {@link #trustedTarget()} but with whatever known_hosts holds now (maybe nothing). */
    public SshTarget untrustedTarget() {
        String password = scenario.password();
        return new SshTarget("127.0.0.1", port, scenario.user(), List.of(), () -> password, false,
                false, CONNECT, COMMAND, knownHosts(), null, false);
    }

    /** True when every command the router ever received is in the read-only catalogue. */
    public boolean onlyReadOnlyCommandsReceived() {
        return router.commandsReceived().stream().allMatch(CommandCatalogue::isReadOnly);
    }

    @Override
    public void close() throws IOException {
        router.close();
    }
}
