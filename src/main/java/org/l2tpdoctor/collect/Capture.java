package org.l2tpdoctor.collect;

/**
 * Raw text captured from one source: a file, stdin, or one command run over SSH.
 * {@code command} is the RouterOS command that printed the text, or null for a paste, where the
 * commands (if any) stand in the text itself after their prompts.
 */
public record Capture(String source, String command, String text) {
}
