package org.l2tpdoctor.cli;

import java.util.List;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.demo.DemoCollection;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.ssh.CollectError;
import org.l2tpdoctor.collect.ssh.RouterCollector;

/** Collects from the routers of a check or collect run, or from the demo router. */
final class Collecting {
    private Collecting() {
    }

    static List<Collection> run(ConnectionOptions connection, String demo, int parallel, Io io) throws InputError {
        if (demo != null) {
            Scenario scenario = Scenario.load(demo);
            try {
                return List.of(new Collection("demo:" + scenario.name(), DemoCollection.run(scenario), null));
            } catch (CollectError e) {
                return List.of(Collection.failed("demo:" + scenario.name(), e.getMessage()));
            }
        }
        List<RouterAddress> routers = connection.routers();
        if (routers.isEmpty()) {
            throw new InputError("no router: give --host HOST, --inventory FILE, or --demo to try the simulated router");
        }
        var password = ConnectionOptions.password(io);
        return Fleet.run(routers, parallel, router -> {
            try {
                return new Collection(router.label(), new RouterCollector(connection.target(router, io, password)).collect(), null);
            } catch (CollectError e) {
                return Collection.failed(router.label(), e.getMessage());
            }
        }, io);
    }

    /** The commands a run would send, per router, without connecting. */
    static void dryRun(ConnectionOptions connection, String demo, Io io) throws InputError {
        List<RouterAddress> routers = demo != null ? List.of(new RouterAddress(null, "demo:" + demo, 0)) : connection.routers();
        if (routers.isEmpty()) {
            throw new InputError("no router: give --host HOST, --inventory FILE, or --demo");
        }
        for (RouterAddress router : routers) {
            io.out().println(router.label() + ": would run, read-only, one SSH exec channel each "
                    + "(the version from the first decides between active-peers and remote-peers):");
            new RouterCollector(connection.target(router, io, () -> null)).dryRun().forEach(c -> io.out().println("  " + c));
        }
    }
}
