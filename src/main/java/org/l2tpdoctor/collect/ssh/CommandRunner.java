package org.l2tpdoctor.collect.ssh;

import org.l2tpdoctor.text.Ansi;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.l2tpdoctor.collect.TextDecoder;

/** Runs one allowlisted command on an open session, in its own exec channel, within a deadline. */
final class CommandRunner {
    // A print answer is kilobytes; this only stops a runaway router from filling memory.
    private static final int MAX_ANSWER_BYTES = 32 * 1024 * 1024;
    private static final long POLL_MILLIS = 10;

    /** How a command ended. */
    enum Outcome { ANSWERED, REJECTED, TIMED_OUT, CONNECTION_LOST, TOO_LARGE }

    /** The router's answer (plain text) or, for a failure, what went wrong in a few words. */
    record Reply(Outcome outcome, String text) {
    }

    private final Session session;
    private final Duration timeout;

    CommandRunner(Session session, Duration timeout) {
        this.session = session;
        this.timeout = timeout;
    }

    Reply run(String command) {
        return run(command, timeout, false);
    }

    /**
     * Reads a command that never ends by itself ({@code follow-only}) for {@code window}, then
     * closes its channel: what arrived by then is the answer.
     */
    Reply stream(String command, Duration window) {
        return run(command, window, true);
    }

    private Reply run(String command, Duration limit, boolean windowed) {
        // The catalogue is the only source of commands; anything else is a programming error.
        if (!CommandCatalogue.isReadOnly(command)) {
            throw new IllegalStateException("refusing to send a command outside the read-only "
                    + "catalogue: " + command);
        }
        long deadline = System.nanoTime() + limit.toNanos();
        ChannelExec channel = null;
        try {
            channel = (ChannelExec) session.openChannel("exec");
            channel.setCommand(command);
            channel.setInputStream(null);
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            channel.setErrStream(errors, true);
            InputStream in = channel.getInputStream();
            channel.connect(remainingMillis(deadline));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Outcome ended = drain(channel, in, out, deadline);
            if (windowed && ended == Outcome.TIMED_OUT) {
                ended = null; // the window is over: that is the normal end of a followed log
            }
            if (ended != null) {
                return new Reply(ended, "");
            }
            if (!windowed && channel.getExitStatus() == -1 && !session.isConnected()) {
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

    /** Reads until the channel closes; returns null then, or why it stopped early. */
    private static Outcome drain(ChannelExec channel, InputStream in, ByteArrayOutputStream out,
                                 long deadline) throws IOException, InterruptedException {
        byte[] buffer = new byte[16 * 1024];
        while (true) {
            while (in.available() > 0) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_ANSWER_BYTES) {
                    return Outcome.TOO_LARGE;
                }
            }
            if (channel.isClosed()) {
                if (in.available() > 0) {
                    continue;
                }
                return null;
            }
            // Total time per command, so a router that drips bytes forever is cut off too.
            if (System.nanoTime() >= deadline) {
                return Outcome.TIMED_OUT;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static int remainingMillis(long deadline) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, left));
    }
}
