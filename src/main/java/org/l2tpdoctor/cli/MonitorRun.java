package org.l2tpdoctor.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.ssh.RouterAddress;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.options.ConnectionOptions;
import org.l2tpdoctor.report.Monitored;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleSyntaxError;

/**
 * Reads routers for a monitoring system, under a hard deadline: whatever has been read when the
 * time is up is answered, and each router still being read is reported as not answering in time.
 * A monitoring system kills a plugin that overruns its own timeout and shows nothing useful, so
 * the answer must come first.
 */
final class MonitorRun {
    /** What is left of the deadline for printing the answer once the reading is given up. */
    private static final Duration MARGIN = Duration.ofMillis(150);

    private MonitorRun() {
    }

    /** The routers in the order given, each read and diagnosed, or marked as not answering within {@code timeout}. */
    static List<Monitored> read(ConnectionOptions connection, String demo, int parallel, List<Rule> rules,
                                Duration timeout, Io io) throws InputError {
        List<String> labels = labels(connection, demo);
        Map<String, Monitored> done = new ConcurrentHashMap<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                Collecting.run(connection, demo, parallel, null, io, c -> {
                    Monitored m = monitored(c, rules);
                    done.putIfAbsent(c.label(), m);
                    return m;
                });
            } catch (InputError | RuntimeException e) {
                failure.set(e);
            }
        }, "l2tpdoctor-monitor");
        reader.setDaemon(true);
        long start = System.nanoTime();
        reader.start();
        try {
            if (timeout == null) {
                reader.join();
            } else {
                reader.join(Math.max(1, timeout.minus(MARGIN).toMillis()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean late = reader.isAlive();
        if (late) {
            reader.interrupt(); // the fleet's pool stops its jobs; an SSH read in progress ends at its own timeout
        }
        if (failure.get() instanceof InputError e) {
            throw e;
        }
        if (failure.get() instanceof RuntimeException e && !late) {
            throw e;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        List<Monitored> all = new ArrayList<>();
        for (String label : labels) {
            Monitored m = done.get(label);
            all.add(m != null ? m : new Monitored(label, null, false,
                    List.of("no answer within " + seconds(timeout) + " (--timeout); the reading was given up"), elapsed));
        }
        return all;
    }

    static Monitored monitored(Collection c, List<Rule> rules) {
        if (!c.ok() || c.result().captures().isEmpty()) {
            return new Monitored(c.label(), null, false, c.problems(), c.elapsed());
        }
        Diagnosis d = Pipeline.diagnose(Pipeline.parse(c.result().captures()), rules);
        return new Monitored(c.label(), d, c.result().complete(), c.problems(), c.elapsed());
    }

    static List<Rule> rules(java.nio.file.Path folder) throws RuleSyntaxError {
        return Pipeline.rules(folder);
    }

    private static List<String> labels(ConnectionOptions connection, String demo) throws InputError {
        if (demo != null) {
            return List.of("demo:" + org.l2tpdoctor.collect.demo.Scenario.load(demo).name());
        }
        List<RouterAddress> routers = connection.routers();
        if (routers.isEmpty()) {
            throw new InputError("no router: give --host HOST, --inventory FILE, or --demo to try the simulated router");
        }
        return routers.stream().map(RouterAddress::label).toList();
    }

    static String seconds(Duration d) {
        if (d == null) {
            return "the time allowed";
        }
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
