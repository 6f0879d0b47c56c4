package org.l2tpdoctor.collect.ssh;

import org.l2tpdoctor.text.Ansi;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.l2tpdoctor.collect.TextDecoder;

/** Runs one allowlisted command on an open session, in its own exec channel, within a deadline. */
final class CommandRunner {
    // A print answer is kilobytes; this only stops a runaway router from filling memory.
    private static final int MAX_ANSWER_BYTES = 32 * 1024 * 1024;
    private static final ScheduledExecutorService WATCHDOG = watchdog();

    private static ScheduledExecutorService watchdog() {
        java.util.concurrent.ScheduledThreadPoolExecutor w = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "l2tpdoctor-command-deadline");
            t.setDaemon(true);
            return t;
        });
        // a cancelled deadline would otherwise hold its channel and session for the whole timeout
        w.setRemoveOnCancelPolicy(true);
        return w;
    }

    /** How a command ended. */
    enum Outcome { ANSWERED, REJECTED, TIMED_OUT, CONNECTION_LOST, TOO_LARGE, CHANNEL_REFUSED }

    /**
     * The router's answer (plain text) or, for a failure, what went wrong in a few words; and
     * whether any byte at all came back (a router that printed nothing is hung, not slow).
     */
    record Reply(Outcome outcome, String text, boolean heardFrom) {
        Reply(Outcome outcome, String text) {
            this(outcome, text, outcome == Outcome.ANSWERED || outcome == Outcome.REJECTED);
        }
    }

    private final Session session;
    private final Duration timeout;

    CommandRunner(Session session, Duration timeout) {
        this.session = session;
        this.timeout = timeout;
    }

    Reply run(String command) {
        return run(command, timeout, false, null);
    }

    /**
     * Reads a command that never ends by itself ({@code follow-only}) for {@code window}, then
     * closes its channel: what arrived by then is the answer.
     */
    Reply stream(String command, Duration window, java.util.function.Consumer<String> onLine) {
        return run(command, window, true, onLine);
    }

    private Reply run(String command, Duration limit, boolean windowed, java.util.function.Consumer<String> onLine) {
        // The catalogue is the only source of commands; anything else is a programming error.
        if (!CommandCatalogue.isReadOnly(command)) {
            throw new IllegalStateException("refusing to send a command outside the read-only "
                    + "catalogue: " + command);
        }
        long deadline = System.nanoTime() + limit.toNanos();
        ChannelExec channel = null;
        try {
            channel = (ChannelExec) session.openChannel("exec");
            if (channel == null) {
                // JSch answers null, not an exception, when the session is torn down between its
                // own connected check and the channel's registration: a router that just dropped
                return new Reply(session.isConnected() ? Outcome.CHANNEL_REFUSED : Outcome.CONNECTION_LOST, "");
            }
            channel.setCommand(command);
            channel.setInputStream(null);
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            channel.setErrStream(errors, true);
            InputStream in = channel.getInputStream();
            try {
                channel.connect(remainingMillis(deadline));
            } catch (JSchException e) {
                // the session is fine but the router would not open one more channel now
                if (session.isConnected() && System.nanoTime() < deadline) {
                    return new Reply(Outcome.CHANNEL_REFUSED, "");
                }
                throw e;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Outcome ended = drain(channel, in, out, deadline, onLine);
            if (windowed && ended == Outcome.TIMED_OUT) {
                ended = null; // the window is over: that is the normal end of a followed log
            }
            if (ended != null) {
                return new Reply(ended, "", out.size() > 0);
            }
            if (!windowed && channel.getExitStatus() == -1 && sessionEnds(channel)) {
                return new Reply(Outcome.CONNECTION_LOST, "");
            }
            String text = Ansi.strip(TextDecoder.decode(out.toByteArray()));
            String errorText = Ansi.strip(TextDecoder.decode(errors.toByteArray()));
            String rejection = RouterRejection.in(text).or(() -> RouterRejection.in(errorText))
                    .orElse(null);
            return rejection != null ? new Reply(Outcome.REJECTED, rejection)
                    : new Reply(Outcome.ANSWERED, text);
        } catch (JSchException | IOException e) {
            if (!session.isConnected()) {
                return new Reply(Outcome.CONNECTION_LOST, "");
            }
            return System.nanoTime() >= deadline ? new Reply(Outcome.TIMED_OUT, "")
                    : new Reply(Outcome.CONNECTION_LOST, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(Outcome.TIMED_OUT, "");
        } finally {
            if (channel != null) {
                channel.disconnect();
            }
        }
    }

    /**
     * Reads until the channel closes; returns null then, or why it stopped early. The read blocks
     * (no polling: a fleet runs hundreds of these at once on two cores); a watchdog closes the
     * channel at the deadline, so a router that drips bytes forever is cut off too.
     */
    private static Outcome drain(ChannelExec channel, InputStream in, ByteArrayOutputStream out,
                                 long deadline, java.util.function.Consumer<String> onLine)
            throws IOException, InterruptedException {
        LiveLines live = onLine == null ? null : new LiveLines(onLine);
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired.set(true);
            channel.disconnect();
        }, Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        byte[] buffer = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (live != null) {
                    live.accept(buffer, n);
                }
                if (out.size() > MAX_ANSWER_BYTES) {
                    return Outcome.TOO_LARGE;
                }
            }
        } catch (IOException e) {
            if (!expired.get()) {
                throw e;
            }
        } finally {
            watchdog.cancel(false);
        }
        return expired.get() ? Outcome.TIMED_OUT : null;
    }

    /**
     * Output ended without an exit status: either the status is still on its way, or the session
     * is going down. A router sends the status after the end of its output and before it closes
     * the channel, so wait for the close first (usually a millisecond: waiting for the connected
     * flag alone cost every command of a healthy router up to 100 ms). A channel closed without a
     * status may belong to a dying session: JSch closes the channels before it clears its
     * connected flag, so a look at once can still see a live session and take half an answer for
     * a whole one; wait for the flag a moment.
     */
    private boolean sessionEnds(ChannelExec channel) throws InterruptedException {
        for (int i = 0; i < 100 && !channel.isClosed() && session.isConnected(); i++) {
            Thread.sleep(1);
        }
        if (channel.getExitStatus() != -1) {
            return false;
        }
        for (int i = 0; i < 20 && session.isConnected(); i++) {
            Thread.sleep(5);
        }
        return !session.isConnected();
    }

    private static int remainingMillis(long deadline) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, left));
    }
}
