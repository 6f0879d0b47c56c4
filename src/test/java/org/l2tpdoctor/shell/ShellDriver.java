package org.l2tpdoctor.shell;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.l2tpdoctor.engine.Pipeline;

/**
 * Drives a shell as a user would, through a dumb JLine terminal over streams: type lines (or
 * Ctrl-C), wait for output, end the input, read the exit code. The shell runs on its own thread.
 */
final class ShellDriver implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Keyboard keyboard = new Keyboard();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    ShellDriver(Path home) throws Exception {
        this(home, Map.of(), null);
    }

    /** {@code home} holds the history file and an empty .ssh folder: the real home is never touched. */
    ShellDriver(Path home, Map<String, String> env, Path inventory) throws Exception {
        terminal = ShellTerminal.overStreams(keyboard, screen);
        ShellSettings settings = new ShellSettings(Pipeline.rules(null), env, home.resolve("history"),
                home.resolve(".ssh"), inventory, false);
        Thread shell = new Thread(() -> {
            try {
                exit.complete(Shell.run(terminal, settings));
            } catch (Throwable t) {
                exit.completeExceptionally(t);
            }
        }, "shell-under-test");
        shell.setDaemon(true);
        shell.start();
    }

    /** Runs a whole script, the input ending after it, and returns everything printed. */
    static Result script(Path home, String... lines) throws Exception {
        try (ShellDriver shell = new ShellDriver(home)) {
            for (String line : lines) {
                shell.type(line);
            }
            shell.endInput();
            int code = shell.exitCode();
            return new Result(code, shell.screen());
        }
    }

    record Result(int code, String out) {
    }

    void type(String line) {
        keyboard.send(line + "\n");
    }

    void ctrlC() {
        keyboard.send("\u0003");
    }

    /** Ctrl-D: the end of the input, as at the end of a piped script. */
    void endInput() {
        keyboard.close();
    }

    String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    /** Waits until the screen shows {@code text} for the {@code nth} time; fails after 30 s. */
    void waitFor(String text, int nth) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(screen(), text) >= nth) {
                return;
            }
            Thread.sleep(20);
        }
        fail("no '" + text + "' (x" + nth + ") on the screen within " + PATIENCE.toSeconds() + " s:\n" + screen());
    }

    int exitCode() throws Exception {
        return exit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        keyboard.close();
        terminal.close();
    }

    /** Keys typed so far, handed out as the terminal asks; closing it is Ctrl-D at the end of a pipe. */
    private static final class Keyboard extends InputStream {
        private static final int END = -1;
        private final LinkedBlockingQueue<Integer> keys = new LinkedBlockingQueue<>();
        private volatile boolean closed;

        void send(String text) {
            for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                keys.add(b & 0xff);
            }
        }

        @Override
        public int read() throws IOException {
            try {
                int key = keys.take();
                if (key == END) {
                    keys.add(END);
                }
                return key;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int first = read();
            if (first == END) {
                return END;
            }
            buffer[offset] = (byte) first;
            int n = 1;
            while (n < length && !keys.isEmpty() && keys.peek() != END) {
                buffer[offset + n++] = (byte) (int) keys.poll();
            }
            return n;
        }

        @Override
        public int available() {
            return (int) keys.stream().filter(k -> k != END).count();
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                keys.add(END);
            }
        }
    }

    static List<String> lines(String out) {
        return out.lines().toList();
    }
}
