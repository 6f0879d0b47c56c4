package org.l2tpdoctor.cli;

import java.time.Duration;
import java.util.List;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.demo.DemoCollection;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.ssh.CollectError;
import org.l2tpdoctor.collect.ssh.RouterAddress;
import org.l2tpdoctor.collect.ssh.RouterCollector;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.options.ConnectionOptions;
import org.l2tpdoctor.report.Unread;

/** Collects from the routers of a check or collect run, or from the demo router. */
final class Collecting {
    private Collecting() {
    }

    static List<Collection> run(ConnectionOptions connection, String demo, int parallel, Io io) throws InputError {
        return run(connection, demo, parallel, null, io);
    }

    /** With {@code watch}, each router's log is also followed for that long after the reading. */
    static List<Collection> run(ConnectionOptions connection, String demo, int parallel, Duration watch, Io io)
            throws InputError {
        return run(connection, demo, parallel, watch, io, c -> c);
    }

    /**
     * As above, with {@code then} applied to each router's collection inside its own job, so that a
     * fleet diagnoses one router while it waits on the others' SSH answers.
     */
    static <R> List<R> run(ConnectionOptions connection, String demo, int parallel, Duration watch, Io io,
                           java.util.function.Function<Collection, R> then) throws InputError {
        if (watch != null) {
            io.err().println("l2tpdoctor: following the ipsec/l2tp/ppp log for " + watch.toSeconds()
                    + " s after the reading: ask the user to connect now");
        }
        if (demo != null) {
            Scenario scenario = Scenario.load(demo);
            long start = System.nanoTime();
            try {
                String label = "demo:" + scenario.name();
                return List.of(then.apply(new Collection(label,
                        DemoCollection.run(scenario, watch, live(label, watch, io))).took(start)));
            } catch (CollectError e) {
                return List.of(then.apply(Collection.failed("demo:" + scenario.name(), e).took(start)));
            }
        }
        List<RouterAddress> routers = connection.routers();
        if (routers.isEmpty()) {
            throw new InputError("no router: give --host HOST, --inventory FILE, or --demo to try the simulated router");
        }
        var password = ConnectionOptions.password(io);
        List<R> results = new java.util.ArrayList<>(Fleet.run(routers, parallel, router -> {
            Collection collection;
            long start = System.nanoTime();
            try {
                collection = new Collection(router.label(),
                        new RouterCollector(connection.target(router, io, password), connection.channels)
                                .collect(watch, live(router.label(), watch, io)));
            } catch (CollectError e) {
                collection = Collection.failed(router.label(), e);
            }
            Collection read = collection.took(start);
            return Fleet.onACore(() -> then.apply(read));
        }, (router, crash) -> then.apply(Collection.failed(router.label(), Unread.FAILED, router.label()
                + ": reading it failed: " + crash)), io));
        // an inventory line that names no router is a row of its own: the others are still checked
        for (String problem : connection.inventoryProblems) {
            String where = problem.substring(0, Math.max(0, problem.indexOf(": ")));
            results.add(then.apply(Collection.failed(where, Unread.NOT_CHECKED, problem)));
        }
        return results;
    }

    /** While watching, each new log line goes to standard error at once (the report stays on standard output). */
    private static java.util.function.Consumer<String> live(String label, Duration watch, Io io) {
        if (watch == null) {
            return null;
        }
        return line -> {
            synchronized (io.err()) {
                io.err().println("  " + org.l2tpdoctor.text.TerminalText.safe(label) + "  "
                        + org.l2tpdoctor.text.TerminalText.safe(org.l2tpdoctor.text.Secrets.text(line)));
                io.err().flush();
            }
        };
    }

    /** The commands a run would send, per router, without connecting; false when an inventory line named no router. */
    static boolean dryRun(ConnectionOptions connection, String demo, Duration watch, Io io) throws InputError {
        List<RouterAddress> routers = demo != null ? List.of(new RouterAddress(null, "demo:" + demo, 0)) : connection.routers();
        if (routers.isEmpty()) {
            throw new InputError("no router: give --host HOST, --inventory FILE, or --demo");
        }
        for (RouterAddress router : routers) {
            io.out().println(router.label() + ": would run, read-only (the version from the first decides between "
                    + "active-peers and remote-peers; the others go as one command line with a marker between them):");
            new RouterCollector(connection.target(router, io, () -> null)).dryRun(watch).forEach(c -> io.out().println("  " + c));
        }
        connection.inventoryProblems.forEach(p -> io.err().println("l2tpdoctor: " + p));
        return connection.inventoryProblems.isEmpty();
    }
}
