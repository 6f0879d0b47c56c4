package org.l2tpdoctor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.l2tpdoctor.text.TerminalWriter;
import org.l2tpdoctor.engine.Io;

/**
 * Runs one job per router on a bounded pool. One router's failure never stops the others: a job
 * that throws (a bug, or a library tripping over a hostile router) becomes that router's result
 * through {@code crashed}. The results come back in the order the routers were given. Shows
 * "n/N" progress on a terminal.
 */
final class Fleet {
    private Fleet() {
    }

    /** Jobs in their CPU-bound part (parsing and diagnosing what was read) at once: one per core. */
    private static final Semaphore CORES = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    /**
     * Runs a job's CPU-bound part when a core is free. The routers of a fleet finish reading at
     * about the same time; 1,000 threads diagnosing at once on two cores all ran the cold code
     * interpreted, the JIT compiler starved among them, and each diagnosis took ten times its
     * warm cost. One per core, the first few warm the code for the rest; the others meanwhile
     * wait on the network, not on the CPU.
     */
    static <R> R onACore(Supplier<R> work) {
        try {
            CORES.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return work.get(); // being stopped (--timeout): finish this one without waiting
        }
        try {
            return work.get();
        } finally {
            CORES.release();
        }
    }

    static <T, R> List<R> run(List<T> routers, int parallel, Function<T, R> job,
                              BiFunction<T, Throwable, R> crashed, Io io) {
        Function<T, R> isolated = router -> {
            try {
                return job.apply(router);
            } catch (RuntimeException | StackOverflowError e) {
                return crashed.apply(router, e);
            }
        };
        if (routers.size() == 1) {
            return List.of(isolated.apply(routers.get(0)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, routers.size())), r -> {
            Thread t = new Thread(r, "l2tpdoctor-fleet");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T router : routers) {
                futures.add(pool.submit(() -> {
                    R result = isolated.apply(router);
                    int n = done.incrementAndGet();
                    if (io.stdoutIsTerminal()) {
                        synchronized (io.err()) {
                            TerminalWriter.control(io.err(), "\r" + n + "/" + routers.size() + " routers collected");
                        }
                    }
                    return result;
                }));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            if (io.stdoutIsTerminal()) {
                TerminalWriter.control(io.err(), "\r" + " ".repeat(40) + "\r");
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
