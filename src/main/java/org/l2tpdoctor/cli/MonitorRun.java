package org.l2tpdoctor.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.ssh.RouterAddress;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.options.ConnectionOptions;
import org.l2tpdoctor.report.Unread;

/**
 * Reads routers under a hard deadline (--timeout): whatever has been read when the time is up is
 * answered, and each router still being read is reported as not answering in time. A monitoring
 * system kills a plugin that overruns its own timeout and shows nothing useful, and a scrape
 * that overruns is lost whole, so the answer must come first.
 */
final class MonitorRun {
    /** What is kept of the deadline for printing the answer once the reading is given up. */
    private static final Duration MARGIN = Duration.ofMillis(150);

    private MonitorRun() {
    }

    /**
     * The routers in the order given, each collected and passed through {@code then}, or through
     * {@code late} with the reason when it was not done within {@code timeout}.
     */
    static <R> List<R> run(ConnectionOptions connection, String demo, int parallel, Io io,
                           Function<Collection, R> then, Duration timeout) throws InputError {
        List<String> labels = labels(connection, demo);
        Map<String, R> done = new ConcurrentHashMap<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                Collecting.run(connection, demo, parallel, null, io, c -> {
                    R r = then.apply(c);
                    done.putIfAbsent(c.label(), r);
                    return r;
                });
            } catch (InputError | RuntimeException e) {
                failure.set(e);
            }
        }, "l2tpdoctor-deadline");
        reader.setDaemon(true);
        long start = System.nanoTime();
        reader.start();
        try {
            reader.join(Math.max(1, timeout.minus(MARGIN).toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean late = reader.isAlive();
        // what was read by the deadline, taken before the interrupt: a reading that the interrupt ends
        // ("connection closed mid-output") finishes a moment later and must not pass for an answer
        Map<String, R> inTime = late ? Map.copyOf(done) : done;
        if (late) {
            reader.interrupt(); // the fleet's pool stops its jobs; an SSH read in progress ends at its own timeout
        }
        if (failure.get() instanceof InputError e) {
            throw e;
        }
        if (failure.get() instanceof RuntimeException e && !late) {
            throw e;
        }
        List<R> all = new ArrayList<>();
        for (String label : labels) {
            R r = inTime.get(label);
            all.add(r != null ? r : then.apply(Collection.failed(label, Unread.TIMED_OUT,
                    "no answer within " + seconds(timeout) + " (--timeout); the reading was given up")
                    .took(start)));
        }
        return all;
    }

    private static List<String> labels(ConnectionOptions connection, String demo) throws InputError {
        if (demo != null) {
            return List.of("demo:" + Scenario.load(demo).name());
        }
        List<RouterAddress> routers = connection.routers();
        if (routers.isEmpty()) {
            throw new InputError("no router: give --host HOST, --inventory FILE, or --demo to try the simulated router");
        }
        return routers.stream().map(RouterAddress::label).toList();
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
