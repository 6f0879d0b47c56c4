package org.l2tpdoctor.collect.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.ssh.CollectError;
import org.l2tpdoctor.collect.ssh.CollectionResult;
import org.l2tpdoctor.collect.ssh.RouterCollector;

/**
 * The demo mode in one call: start a simulated router for a scenario, collect from it over real
 * SSH exactly as from a router, stop it. Nothing of the user's ~/.ssh is read or written.
 */
public final class DemoCollection {
    private DemoCollection() {
    }

    /** Captures and problems are labelled "demo:NAME" rather than with the loopback address. */
    public static CollectionResult run(Scenario scenario) throws CollectError {
        return run(scenario, null);
    }

    /** With {@code watch}, the simulated log is also followed for that long, as {@code check --watch} does. */
    public static CollectionResult run(Scenario scenario, Duration watch) throws CollectError {
        return run(scenario, watch, null);
    }

    /** With {@code onLogLine}, each followed log line is handed on as it arrives. */
    public static CollectionResult run(Scenario scenario, Duration watch, java.util.function.Consumer<String> onLogLine)
            throws CollectError {
        Path knownHosts = null;
        try (SimulatedRouter router = new SimulatedRouter()) {
            router.start(scenario, SimulatedRouter.Options.defaults());
            knownHosts = Files.createTempFile("l2tpdoctor-demo", ".known_hosts");
            CollectionResult result = new RouterCollector(
                    router.target(knownHosts, Duration.ofSeconds(10))).collect(watch, onLogLine);
            return relabel(result, "demo:" + scenario.name());
        } catch (IOException e) {
            throw new CollectError("demo: cannot run the simulated router: " + e.getMessage(), e);
        } finally {
            deleteQuietly(knownHosts);
        }
    }

    /** Evidence names "demo:NAME" rather than a loopback port. */
    public static CollectionResult relabel(CollectionResult result, String label) {
        List<Capture> captures = result.captures().stream()
                .map(c -> new Capture(label, c.command(), c.text())).toList();
        List<String> problems = result.problems().stream()
                .map(p -> p.startsWith(result.host() + ":") ? label + p.substring(result.host().length()) : p)
                .toList();
        return new CollectionResult(label, result.version(), captures, problems, result.complete());
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover temp file holds only a throwaway loopback host key.
            }
        }
    }
}
