package org.l2tpdoctor.collect.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/** One exec request on the simulated router: prints the answer, with any injected fault. */
final class ConsoleCommand implements Command {
    private final List<Step> steps;
    private final boolean colours;
    /** 0, or the most bytes an SSH packet of the answer carries (see {@link SimulatedRouter.Options#piece}). */
    private final int piece;
    private OutputStream out;
    private ExitCallback exit;
    private Future<?> work;

    /**
     * Answers run on pooled threads: a router that answers 20 commands, or 200 such routers in
     * the fleet benchmark, should not pay for a new thread per command.
     */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "simulated-routeros-command");
        t.setDaemon(true);
        return t;
    });
    private static final Pattern LEGEND = Pattern.compile("(?m)^(Flags:[^\r]*)");

    /**
     * One command of an exec request, or one part of a command line: what it prints, how it
     * misbehaves, whether it follows the log (never ends), and what to note when it starts.
     */
    record Step(String answer, Fault fault, boolean follows, Runnable onStart) {
        static Step printing(String text) {
            return new Step(text, Fault.none(), false, () -> { });
        }
    }

    ConsoleCommand(String answer, Fault fault, boolean colours, int piece, boolean follows) {
        this(List.of(new Step(answer, fault, follows, () -> { })), colours, piece);
    }

    /** The steps of a command line, run one after another in the one channel, as RouterOS runs a line. */
    ConsoleCommand(List<Step> steps, boolean colours, int piece) {
        this.steps = List.copyOf(steps);
        this.colours = colours;
        this.piece = piece;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        work = WORKERS.submit(() -> respond(channel));
    }

    private void respond(ChannelSession channel) {
        try {
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (!run(channel, step)) {
                    return;
                }
                if (step.fault().answer() == Fault.Answer.THEN_DROPS && i < steps.size() - 1) {
                    out.flush();
                    dropConnection(channel);
                    return;
                }
            }
            out.flush();
            exit.onExit(0);
            if (steps.get(steps.size() - 1).fault().answer() == Fault.Answer.THEN_DROPS) {
                dropConnection(channel);
            }
        } catch (IOException | InterruptedException e) {
            // The client hung up or gave up; nothing to answer any more.
        }
    }

    /**
     * The TCP connection goes, with no SSH goodbye, as when a router reboots or a link dies; what
     * was already written still leaves first (MINA queues writes: dropping the queue with them
     * would lose answers a real router had long sent, the earlier prints of a command line).
     */
    private static void dropConnection(ChannelSession channel) {
        channel.getSession().getIoSession().close(false);
    }

    /**
     * Prints one step's answer as its fault shapes it; false when the channel is done with
     * (dropped, hung). What a step prints leaves when the console next pauses, blocks or ends,
     * as a console's output does: a command line's marker goes out with the answer before it, in
     * one SSH packet instead of two (each packet costs both ends a write, a cipher pass and a
     * wake-up; 1,000 routers of 31 prints made 62,000 of them).
     */
    private boolean run(ChannelSession channel, Step step) throws IOException, InterruptedException {
        step.onStart().run();
        Fault fault = step.fault();
        if (!fault.delay().isZero() || fault.answer() == Fault.Answer.NOTHING) {
            out.flush();
        }
        sleep(fault.delay());
        switch (fault.answer()) {
            case NOTHING:
                Thread.sleep(Long.MAX_VALUE); // a hung console: the channel is open, nothing comes
                return false;
            case ENDLESS:
                endless();
                return false;
            default:
                break;
        }
        byte[] bytes = console(answered(step)).getBytes(StandardCharsets.UTF_8);
        if (fault.dropsMidOutput()) {
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            // Like a router rebooting or a link dying: the TCP connection just goes.
            dropConnection(channel);
            return false;
        }
        if (step.follows()) {
            // "print follow-only" prints new lines as they are logged and never ends by itself
            drip(bytes, Duration.ofMillis(100));
            Thread.sleep(Long.MAX_VALUE);
        }
        if (fault.dripPause().isZero()) {
            out.write(bytes);
        } else {
            drip(bytes, fault.dripPause());
        }
        return true;
    }

    /** The answer as the fault shapes it. */
    private static String answered(Step step) {
        return switch (step.fault().answer()) {
            case REJECTED -> "bad command name print (line 1 column 2)\n";
            case HOSTILE -> HostileText.into(step.answer());
            default -> step.answer();
        };
    }

    /**
     * Print lines without end, in bursts with a short pause between them: a runaway answer, yet
     * gentle enough on the two cores a CI machine shares.
     */
    private void endless() throws IOException, InterruptedException {
        byte[] burst = " 0   ;;; endless\r\n".repeat(256).getBytes(StandardCharsets.UTF_8);
        while (!Thread.currentThread().isInterrupted()) {
            out.write(burst);
            out.flush();
            Thread.sleep(2);
        }
    }

    private void drip(byte[] bytes, Duration pause) throws IOException, InterruptedException {
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                out.write(bytes, start, i + 1 - start);
                out.flush();
                start = i + 1;
                sleep(pause);
            }
        }
        out.write(bytes, start, bytes.length - start);
        out.flush();
    }

    /** RouterOS ends lines with CRLF and, without the "c" login flag, colours the legend. */
    private String console(String text) {
        String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
        if (!colours) {
            return crlf;
        }
        return LEGEND.matcher(crlf).replaceAll("\u001B[m\u001B[33m$1\u001B[m");
    }

    private static void sleep(Duration pause) throws InterruptedException {
        if (!pause.isZero()) {
            Thread.sleep(pause.toMillis());
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (work != null) {
            work.cancel(true);
        }
    }

    @Override
    public void setInputStream(InputStream in) {
        // Exec commands read nothing.
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = piece > 0 ? new InPieces(out, piece) : out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // RouterOS prints its errors on stdout too.
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    /** Writes through in pieces of at most {@code piece} bytes, each flushed: one SSH packet each. */
    private static final class InPieces extends java.io.FilterOutputStream {
        private final int piece;

        InPieces(OutputStream out, int piece) {
            super(out);
            this.piece = piece;
        }

        @Override
        public void write(byte[] bytes, int offset, int count) throws IOException {
            for (int at = offset; at < offset + count; at += piece) {
                out.write(bytes, at, Math.min(piece, offset + count - at));
                out.flush();
            }
        }
    }
}
