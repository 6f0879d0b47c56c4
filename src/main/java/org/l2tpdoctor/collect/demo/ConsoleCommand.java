package org.l2tpdoctor.collect.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/** One exec request on the simulated router: prints the answer, with any injected fault. */
final class ConsoleCommand implements Command {
    private final String answer;
    private final Fault fault;
    private final boolean colours;
    private final boolean follows;
    private OutputStream out;
    private ExitCallback exit;
    private Thread worker;

    ConsoleCommand(String answer, Fault fault, boolean colours, boolean follows) {
        this.answer = answer;
        this.fault = fault;
        this.colours = colours;
        this.follows = follows;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        worker = new Thread(() -> respond(channel), "simulated-routeros-command");
        worker.setDaemon(true);
        worker.start();
    }

    private void respond(ChannelSession channel) {
        try {
            sleep(fault.delay());
            byte[] bytes = console(answer).getBytes(StandardCharsets.UTF_8);
            if (fault.dropsMidOutput()) {
                out.write(bytes, 0, bytes.length / 2);
                out.flush();
                // Like a router rebooting or a link dying: the TCP connection just goes.
                channel.getSession().close(true);
                return;
            }
            if (follows) {
                // "print follow-only" prints new lines as they are logged and never ends by itself
                drip(bytes, Duration.ofMillis(100));
                Thread.sleep(Long.MAX_VALUE);
            }
            if (fault.dripPause().isZero()) {
                out.write(bytes);
                out.flush();
            } else {
                drip(bytes, fault.dripPause());
            }
            exit.onExit(0);
        } catch (IOException | InterruptedException e) {
            // The client hung up or gave up; nothing to answer any more.
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
        return crlf.replaceAll("(?m)^(Flags:[^\r]*)", "\u001B[m\u001B[33m$1\u001B[m");
    }

    private static void sleep(Duration pause) throws InterruptedException {
        if (!pause.isZero()) {
            Thread.sleep(pause.toMillis());
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (worker != null) {
            worker.interrupt();
        }
    }

    @Override
    public void setInputStream(InputStream in) {
        // Exec commands read nothing.
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // RouterOS prints its errors on stdout too.
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }
}
