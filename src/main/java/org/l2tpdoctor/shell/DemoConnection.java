package org.l2tpdoctor.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.l2tpdoctor.collect.demo.DemoCollection;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;
import org.l2tpdoctor.collect.ssh.CollectError;
import org.l2tpdoctor.collect.ssh.CollectionResult;
import org.l2tpdoctor.collect.ssh.RouterCollector;
import org.l2tpdoctor.collect.ssh.SshTarget;

/**
 * The built-in simulated router, running on 127.0.0.1 for as long as the shell is connected to
 * it, and read over real SSH like any router. Nothing of the user's ~/.ssh is read or written.
 */
final class DemoConnection implements Connection {
    private final String label;
    private final SimulatedRouter router;
    private final Path knownHosts;
    private final SshTarget target;

    private DemoConnection(String label, SimulatedRouter router, Path knownHosts, SshTarget target) {
        this.label = label;
        this.router = router;
        this.knownHosts = knownHosts;
        this.target = target;
    }

    static DemoConnection start(Scenario scenario, Duration commandTimeout) throws ShellError {
        SimulatedRouter router = new SimulatedRouter();
        Path knownHosts = null;
        try {
            router.start(scenario, SimulatedRouter.Options.defaults());
            knownHosts = Files.createTempFile("l2tpdoctor-shell-demo", ".known_hosts");
            return new DemoConnection("demo:" + scenario.name(), router, knownHosts,
                    router.target(knownHosts, commandTimeout));
        } catch (IOException | RuntimeException e) {
            stop(router, knownHosts);
            throw new ShellError("demo: cannot run the simulated router: " + e.getMessage());
        }
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public CollectionResult read(Duration watch, java.util.function.Consumer<String> onLogLine) throws CollectError {
        return DemoCollection.relabel(new RouterCollector(target).collect(watch, onLogLine), label);
    }

    @Override
    public void close() {
        stop(router, knownHosts);
    }

    private static void stop(SimulatedRouter router, Path knownHosts) {
        try {
            router.close();
            if (knownHosts != null) {
                Files.deleteIfExists(knownHosts);
            }
        } catch (IOException e) {
            // A leftover temp file holds only a throwaway loopback host key.
        }
    }
}
