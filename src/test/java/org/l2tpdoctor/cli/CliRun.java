package org.l2tpdoctor.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.l2tpdoctor.app.Program;
import org.l2tpdoctor.engine.Io;

/** Runs the CLI in-process with given stdin and captured output. */
public final class CliRun {
    public record Result(int code, String out, String err) {
    }

    private CliRun() {
    }

    public static Result run(String stdin, String... args) {
        return run(stdin, Map.of(), args);
    }

    public static Result run(String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = Main.forTest(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
        int code = Program.run(args, io);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
