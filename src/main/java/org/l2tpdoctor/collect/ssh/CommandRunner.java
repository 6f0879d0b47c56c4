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

/** Runs one allowlisted command, or a line of them, on an open session, in one exec channel, within a deadline per command. */
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
     * What a {@link CommandLine} gave: a reply for each of its first commands that it settled, in
     * order (those after them were not run, or not to the end: run them again); or, with
     * {@code refused}, nothing, because the router would not run the line at all (a menu or word
     * its version lacks stops the whole line before it starts) or would not open a channel for it.
     */
    record LineReply(java.util.List<Reply> replies, boolean refused) {
        static LineReply refusedLine() {
            return new LineReply(java.util.List.of(), true);
        }
    }

    /**
     * Runs a command line in one exec channel. Each command gets the whole timeout from the
     * moment the marker before it arrives; its output is what comes between its marker and the
     * next, judged as {@link #run(String)} judges one command's output. A command that times out,
     * grows too large or loses the connection ends the line there, with that outcome as its reply.
     */
    LineReply runLine(CommandLine line) {
        String text = line.text();
        if (!CommandCatalogue.isReadOnly(text)) {
            throw new IllegalStateException("refusing to send a command line outside the read-only catalogue: " + text);
        }
        ChannelExec channel = null;
        try {
            channel = (ChannelExec) session.openChannel("exec");
            if (channel == null) {
                return session.isConnected() ? LineReply.refusedLine()
                        : new LineReply(java.util.List.of(new Reply(Outcome.CONNECTION_LOST, "")), false);
            }
            channel.setCommand(text);
            channel.setInputStream(null);
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            channel.setErrStream(errors, true);
            long deadline = System.nanoTime() + timeout.toNanos();
            LineReading reading = new LineReading(line, channel, deadline);
            // JSch's session thread hands each packet's bytes straight to the reading (closing it
            // at the end of the output): no pipe between the threads, no wake-up of this one per
            // packet; this thread waits once, for the end marker, the end or the deadline
            channel.setOutputStream(reading, false);
            try {
                channel.connect(remainingMillis(deadline));
            } catch (JSchException e) {
                if (session.isConnected() && System.nanoTime() < deadline) {
                    return LineReply.refusedLine();
                }
                throw e;
            }
            return reading.read();
        } catch (JSchException e) {
            return new LineReply(java.util.List.of(new Reply(session.isConnected() ? Outcome.TIMED_OUT : Outcome.CONNECTION_LOST, "")), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new LineReply(java.util.List.of(new Reply(Outcome.TIMED_OUT, "")), false);
        } finally {
            if (channel != null) {
                channel.disconnect();
            }
        }
    }

    /**
     * One command line's output as it arrives, cut at its markers into one reply per command.
     * JSch's session thread writes into it; the thread that runs the line waits in {@link #read}
     * until it is over: the end marker read, the output ended, the answer too large, or the
     * deadline (which moves on at each marker) passed. What arrives after that is not read.
     */
    private final class LineReading extends java.io.OutputStream {
        private final CommandLine line;
        private final ChannelExec channel;
        private final java.util.List<Reply> replies = new java.util.ArrayList<>();
        private final java.util.concurrent.CountDownLatch over = new java.util.concurrent.CountDownLatch(1);
        /** The marker looked for next: {@code k} is the one before command k, the command count the end marker. */
        private int next;
        private byte[] expected;
        private byte[] buffer = new byte[16 * 1024];
        private int length;
        /** Where the current command's output starts in {@code buffer}, and where to look for its end marker. */
        private int start;
        private int scanned;
        private volatile long deadline;
        private boolean ended;
        private boolean tooLarge;
        private boolean expired;

        LineReading(CommandLine line, ChannelExec channel, long deadline) {
            this.line = line;
            this.channel = channel;
            this.deadline = deadline;
            this.expected = marker(0);
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int count) {
            if (over.getCount() == 0) {
                return; // settled: the rest is not read
            }
            while (buffer.length - length < count) {
                grow();
            }
            System.arraycopy(bytes, offset, buffer, length, count);
            length += count;
            if (settle()) {
                ended = true; // the end marker: every command answered
                over.countDown();
            } else if (length - start > MAX_ANSWER_BYTES) {
                tooLarge = true;
                over.countDown();
            }
        }

        /** The end of the output: JSch closes the stream at the channel's end of file, its close, or the session's end. */
        @Override
        public void close() {
            over.countDown();
        }

        LineReply read() throws InterruptedException {
            long left;
            while (!over.await(Math.max(0, left = deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                if (left <= 0) {
                    synchronized (this) {
                        if (over.getCount() > 0) {
                            expired = true;
                            over.countDown();
                        }
                    }
                }
            }
            // over: no write changes the state any more
            if (ended) {
                return new LineReply(replies, false);
            }
            if (tooLarge) {
                return stop(Outcome.TOO_LARGE, true);
            }
            if (expired) {
                return stop(Outcome.TIMED_OUT, length > start);
            }
            if (channel.getExitStatus() == -1 && sessionEnds(channel)) {
                return stop(Outcome.CONNECTION_LOST, false);
            }
            if (next == 0) {
                return LineReply.refusedLine(); // the line never started: RouterOS refused it
            }
            // The line stopped early (a runtime error): the command's own error settles it;
            // anything else is run again by itself.
            String rejection = RouterRejection.in(segment(length)).orElse(null);
            if (rejection != null) {
                replies.add(new Reply(Outcome.REJECTED, rejection));
            }
            return new LineReply(replies, false);
        }

        /** Finds every complete marker in what has arrived; true at the end marker. */
        private boolean settle() {
            int at;
            while ((at = find()) >= 0) {
                int lineEnd = at + expected.length;
                lineEnd += buffer[lineEnd] == '\r' ? 2 : 1;
                if (next > 0) {
                    String text = segment(at);
                    String rejection = RouterRejection.in(text).orElse(null);
                    replies.add(rejection != null ? new Reply(Outcome.REJECTED, rejection) : new Reply(Outcome.ANSWERED, text));
                }
                start = lineEnd;
                scanned = lineEnd;
                next++;
                deadline = System.nanoTime() + timeout.toNanos();
                if (next > line.commands().size()) {
                    return true;
                }
                expected = marker(next);
            }
            scanned = Math.max(start, length - expected.length - 1);
            return false;
        }

        /** Where the expected marker starts, followed by its line end; -1 if it has not all arrived. */
        private int find() {
            outer:
            for (int i = scanned; i + expected.length < length; i++) {
                for (int j = 0; j < expected.length; j++) {
                    if (buffer[i + j] != expected[j]) {
                        continue outer;
                    }
                }
                byte after = buffer[i + expected.length];
                if (after == '\n' || after == '\r' && i + expected.length + 1 < length && buffer[i + expected.length + 1] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private String segment(int end) {
            return Ansi.strip(TextDecoder.decode(buffer, start, end - start));
        }

        /** The command in progress ends the line with {@code outcome}. */
        private LineReply stop(Outcome outcome, boolean heardFrom) {
            replies.add(new Reply(outcome, "", heardFrom));
            return new LineReply(replies, false);
        }

        private void grow() {
            if (start > buffer.length / 2) {
                System.arraycopy(buffer, start, buffer, 0, length - start);
                length -= start;
                scanned -= start;
                start = 0;
            } else {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
        }

        private byte[] marker(int index) {
            String marker = index < line.commands().size() ? line.markerBefore(index) : line.endMarker();
            return marker.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
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
