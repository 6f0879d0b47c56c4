package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.app.Program;
import org.l2tpdoctor.collect.demo.Fault;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.report.ExpositionParser;
import org.l2tpdoctor.report.Promtool;

/**
 * {@code l2tpdoctor serve}: a real HTTP scrape on 127.0.0.1 of simulated routers; the exposition
 * passes promtool; a router slower than the scrape's --timeout is up 0 and the scrape still
 * answers in time; scrapes beyond --max-scrapes are refused with 503, not queued.
 */
class ServeTest {
    private static final Map<String, String> PASSWORD = Map.of("L2TPDOCTOR_PASSWORD", "demo");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path tmp;

    /** Runs serve in-process until the test ends; returns its /metrics URL. */
    private final class Served implements AutoCloseable {
        final Thread thread;
        final String url;

        Served(String... args) throws Exception {
            PipedInputStream pipe = new PipedInputStream();
            PrintStream out = new PrintStream(new PipedOutputStream(pipe), true, StandardCharsets.UTF_8);
            Io io = Main.forTest(new ByteArrayInputStream(new byte[0]), out,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), PASSWORD);
            thread = new Thread(() -> Program.run(args, io), "serve-under-test");
            thread.setDaemon(true);
            thread.start();
            String first = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8)).readLine();
            assertThat(first).startsWith("l2tpdoctor: serving http://127.0.0.1:");
            url = first.substring(first.indexOf("http://"), first.indexOf("/metrics") + "/metrics".length());
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
        }
    }

    private List<String> ssh(int... ports) {
        List<String> args = new ArrayList<>(List.of("-l", "admin", "--known-hosts", tmp.resolve("known_hosts").toString(),
                "--accept-new-host-key", "--no-agent", "--ssh-config", tmp.resolve("none").toString()));
        for (int port : ports) {
            args.addAll(List.of("--host", "127.0.0.1:" + port));
        }
        return args;
    }

    private static String[] serve(List<String> more, String... args) {
        List<String> all = new ArrayList<>(List.of("serve", "--listen", "127.0.0.1:0"));
        all.addAll(List.of(args));
        all.addAll(more);
        return all.toArray(String[]::new);
    }

    @Test
    void aScrapeReadsEveryRouterAndPassesPromtool() throws Exception {
        try (SimulatedRouter a = new SimulatedRouter()) {
            int port = a.start(Scenario.load("second-client-fails"), SimulatedRouter.Options.defaults());
            try (Served served = new Served(serve(ssh(port)))) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(served.url)).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
                Promtool.accepts(r.body());
                assertThat(r.body()).contains("l2tpdoctor_router_up{router=\"127.0.0.1:" + port + "\"} 1",
                        "rule=\"L2TP-NAT-001\"", "l2tpdoctor_scrape_duration_seconds ");
                assertThat(a.commandsReceived()).allMatch(CommandCatalogue::isReadOnly);
                assertThat(http.send(HttpRequest.newBuilder(URI.create(served.url.replace("/metrics", "/nope"))).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            }
        }
    }

    @Test
    void aRouterSlowerThanTheScrapeTimeoutIsDownAndTheScrapeAnswersInTime() throws Exception {
        try (SimulatedRouter slow = new SimulatedRouter(); SimulatedRouter fine = new SimulatedRouter()) {
            int ps = slow.start(Scenario.load("healthy"), SimulatedRouter.Options.defaults()
                    .withFault(CommandCatalogue.VERSION_COMMAND, Fault.delay(Duration.ofSeconds(30))));
            int pf = fine.start(Scenario.load("healthy"), SimulatedRouter.Options.defaults());
            try (Served served = new Served(serve(ssh(ps, pf), "--timeout", "3s"))) {
                long start = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(served.url)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(r.statusCode()).isEqualTo(200);
                ExpositionParser.parse(r.body());
                assertThat(r.body()).contains("l2tpdoctor_router_up{router=\"127.0.0.1:" + ps + "\"} 0",
                        "l2tpdoctor_router_up{router=\"127.0.0.1:" + pf + "\"} 1");
                assertThat(took).as("by the scrape's own deadline, not the router's 30 s").isLessThan(Duration.ofSeconds(15));
            }
        }
    }

    @Test
    void scrapesBeyondTheLimitAreRefusedNotQueued() throws Exception {
        try (SimulatedRouter slow = new SimulatedRouter()) {
            int port = slow.start(Scenario.load("healthy"), SimulatedRouter.Options.defaults()
                    .withFault(CommandCatalogue.VERSION_COMMAND, Fault.delay(Duration.ofSeconds(2))));
            try (Served served = new Served(serve(ssh(port), "--max-scrapes", "1", "--timeout", "10s"))) {
                HttpRequest get = HttpRequest.newBuilder(URI.create(served.url)).build();
                List<CompletableFuture<HttpResponse<String>>> scrapes = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    scrapes.add(http.sendAsync(get, HttpResponse.BodyHandlers.ofString()));
                    Thread.sleep(200);
                }
                AtomicInteger ok = new AtomicInteger();
                AtomicInteger refused = new AtomicInteger();
                for (CompletableFuture<HttpResponse<String>> s : scrapes) {
                    int status = s.get().statusCode();
                    (status == 200 ? ok : status == 503 ? refused : new AtomicInteger()).incrementAndGet();
                }
                assertThat(ok.get()).isEqualTo(1);
                assertThat(refused.get()).isEqualTo(2);
            }
        }
    }
}
