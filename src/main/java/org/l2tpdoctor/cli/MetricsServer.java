package org.l2tpdoctor.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.l2tpdoctor.report.Exposition;

/**
 * The HTTP side of {@code l2tpdoctor serve}, on the JDK's own server: {@code GET /metrics} runs
 * one scrape and answers its exposition. At most {@code maxScrapes} scrapes read routers at once;
 * one more is answered 503 at once rather than queued behind them (a scrape that waits is one
 * Prometheus has already given up on). Anything else is 404, or 405 for another method.
 */
final class MetricsServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final Semaphore scrapes;

    /** {@code scrape} writes one exposition; it bounds its own time. */
    MetricsServer(InetSocketAddress listen, int maxScrapes, Consumer<PrintWriter> scrape) throws IOException {
        this.scrapes = new Semaphore(maxScrapes);
        this.server = HttpServer.create(listen, 16);
        // one thread more than the scrapes allowed, so a refusal is answered while they run
        this.threads = Executors.newFixedThreadPool(maxScrapes + 1, r -> {
            Thread t = new Thread(r, "l2tpdoctor-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                handle(exchange, scrape);
            }
        });
    }

    private void handle(HttpExchange exchange, Consumer<PrintWriter> scrape) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (!path.equals("/metrics") && !path.equals("/")) {
            send(exchange, 404, "text/plain; charset=utf-8", "not found: try /metrics\n", method);
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", "GET /metrics\n", method);
            return;
        }
        if (path.equals("/")) {
            send(exchange, 200, "text/html; charset=utf-8",
                    "<html><body><h1>l2tpdoctor</h1><p><a href=\"/metrics\">/metrics</a></p></body></html>\n", method);
            return;
        }
        if (!scrapes.tryAcquire()) {
            send(exchange, 503, "text/plain; charset=utf-8", "too many scrapes at once (--max-scrapes)\n", method);
            return;
        }
        try {
            StringWriter body = new StringWriter();
            scrape.accept(new PrintWriter(body));
            send(exchange, 200, Exposition.CONTENT_TYPE, body.toString(), method);
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain; charset=utf-8", "scrape failed: " + e + "\n", method);
        } finally {
            scrapes.release();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body, String method) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = method.equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
