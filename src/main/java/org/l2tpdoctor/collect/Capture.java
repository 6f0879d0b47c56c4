package org.l2tpdoctor.collect;

import java.nio.file.Path;

/**
 * Raw text captured from one source: a file, stdin, or one command run over SSH.
 * {@code command} is the RouterOS command that printed the text, or null for a paste, where the
 * commands (if any) stand in the text itself after their prompts. A large file is not read into
 * memory: {@code file} names it and {@code text} is null, and the parser streams it.
 */
public record Capture(String source, String command, String text, Path file) {

    public Capture(String source, String command, String text) {
        this(source, command, text, null);
    }

    /** A file to be streamed rather than read whole. */
    public static Capture ofFile(String source, Path file) {
        return new Capture(source, null, null, file);
    }

    public boolean streamed() {
        return file != null;
    }
}
