package org.l2tpdoctor.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.options.ConnectionOptions;
import org.l2tpdoctor.options.DurationConverter;
import org.l2tpdoctor.report.Exposition;
import org.l2tpdoctor.report.ExitCodes;
import org.l2tpdoctor.report.Metrics;
import org.l2tpdoctor.report.Monitored;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleSyntaxError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code l2tpdoctor serve --listen 127.0.0.1:9811}: the routers' metrics for Prometheus to scrape. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the routers' Prometheus metrics over HTTP.",
            "GET /metrics reads the routers given afresh (read-only, as check) within",
            "--timeout: a router not read by then is l2tpdoctor_router_up 0. At most",
            "--max-scrapes scrapes read at once; one more is answered 503. Runs until",
            "stopped (Ctrl-C, SIGTERM).",
            "",
            "Examples:",
            "  l2tpdoctor serve --listen 127.0.0.1:9811 --inventory routers.txt",
            "  l2tpdoctor serve --listen 127.0.0.1:9811 --demo",
            "",
        })
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9811",
            description = "Address and port to answer on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String listen;

    @Option(names = "--demo", arity = "0..1", paramLabel = "SCENARIO", fallbackValue = "second-client-fails",
            description = "Serve the metrics of a simulated router instead.")
    String demo;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "25s", converter = DurationConverter.class,
            description = "Each scrape's time to read the routers (default: ${DEFAULT-VALUE}); set "
                    + "Prometheus's scrape_timeout above it.")
    Duration timeout;

    @Option(names = "--max-scrapes", paramLabel = "N", defaultValue = "2",
            description = "Scrapes that read routers at once (default: ${DEFAULT-VALUE}).")
    int maxScrapes;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "8",
            description = "Routers read at once within a scrape (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--rules", paramLabel = "DIR", description = "Read rules from this folder instead of the built-in ones.")
    java.nio.file.Path rulesFolder;

    @Override
    public Integer call() {
        Io io = main.io;
        try {
            if (maxScrapes < 1 || parallel < 1) {
                throw new InputError("--max-scrapes and --parallel must be at least 1");
            }
            if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new InputError("--timeout must be at least 1s");
            }
            if (demo == null && connection.routers().isEmpty()) {
                throw new InputError("no router: give --host HOST, --inventory FILE, or --demo");
            }
            List<Rule> rules = Pipeline.rules(rulesFolder);
            InetSocketAddress address = address(listen);
            try (MetricsServer server = new MetricsServer(address, maxScrapes, out -> scrape(rules, io, out))) {
                server.start();
                io.out().println("l2tpdoctor: serving http://" + address.getHostString() + ":" + server.port()
                        + "/metrics (Ctrl-C stops)");
                io.out().flush();
                new CountDownLatch(1).await(); // until the process is stopped, or this thread interrupted
            }
            return ExitCodes.CLEAN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.CLEAN;
        } catch (InputError | RuleSyntaxError e) {
            io.err().println("l2tpdoctor: " + e.getMessage());
            return ExitCodes.ERROR;
        } catch (java.io.IOException e) {
            io.err().println("l2tpdoctor: cannot listen on " + listen + ": " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }

    /** One scrape: every router read within the timeout, then the exposition and how long it all took. */
    private void scrape(List<Rule> rules, Io io, PrintWriter out) {
        long start = System.nanoTime();
        List<Monitored> routers;
        try {
            routers = MonitorRun.run(connection, demo, parallel, quiet(io),
                    c -> CheckCommand.diagnose(c, rules, null, Level.WARNING, true).member(), timeout)
                    .stream().map(Monitored::of).toList();
        } catch (InputError e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Exposition e = Metrics.of(routers);
        e.gauge("l2tpdoctor_scrape_duration_seconds", "Seconds this scrape took, all routers included.");
        e.sample("l2tpdoctor_scrape_duration_seconds", (System.nanoTime() - start) / 1e9);
        e.write(out);
    }

    /** A scrape shows no progress on the server's terminal. */
    private static Io quiet(Io io) {
        return new Io(io.in(), io.out(), io.err(), io.env(), false, false);
    }

    static InetSocketAddress address(String listen) throws InputError {
        int colon = listen.lastIndexOf(':');
        if (colon < 0) {
            throw new InputError("--listen takes HOST:PORT, e.g. 127.0.0.1:9811");
        }
        String host = listen.substring(0, colon).replaceAll("^\\[(.*)]$", "$1");
        try {
            int port = Integer.parseInt(listen.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(host.isEmpty() ? "127.0.0.1" : host, port);
        } catch (NumberFormatException e) {
            throw new InputError("--listen: '" + listen.substring(colon + 1) + "' is not a port");
        }
    }
}
