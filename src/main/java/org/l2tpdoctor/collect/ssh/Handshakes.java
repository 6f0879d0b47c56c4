package org.l2tpdoctor.collect.ssh;

import java.util.concurrent.Semaphore;

/**
 * How many SSH handshakes (key exchange and login) run at once in this process, whatever
 * {@code --parallel} says. A handshake costs CPU on both ends (a key pair, a key agreement, a
 * signature checked); 1,000 started together on two cores each took far longer than the connect
 * timeout, and 635 of 1,000 simulated routers were reported unreachable though every one of
 * them answered. Queued here, each handshake gets its CPU and its connect timeout starts when it
 * does; the sessions already open go on reading meanwhile. 16 per core keeps a WAN fleet's
 * handshakes (mostly waiting on round trips) flowing.
 */
final class Handshakes {
    static final int AT_ONCE = Math.max(8, 16 * Runtime.getRuntime().availableProcessors());

    private static final Semaphore TURNS = new Semaphore(AT_ONCE, true);

    private Handshakes() {
    }

    /** A handshake that may fail. */
    interface Step<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs {@code handshake} when its turn comes; an interrupted wait (a --timeout given up) is a CollectError. */
    static <T, E extends Exception> T inTurn(String host, Step<T, E> handshake) throws E, CollectError {
        try {
            TURNS.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CollectError(host + ": connect: given up while waiting for a turn to connect");
        }
        try {
            return handshake.run();
        } finally {
            TURNS.release();
        }
    }
}
