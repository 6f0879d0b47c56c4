package org.l2tpdoctor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of the README, by their info string ("```icinga2"), as the reader copies them. */
final class ReadmeBlocks {
    private ReadmeBlocks() {
    }

    static String only(String info) throws IOException {
        List<String> found = all(info);
        if (found.size() != 1) {
            throw new AssertionError("README.md has " + found.size() + " ```" + info + " blocks, expected one");
        }
        return found.get(0);
    }

    static List<String> all(String info) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (current == null && line.equals("```" + info)) {
                current = new StringBuilder();
            } else if (current != null && line.equals("```")) {
                blocks.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return blocks;
    }

    /**
     * Splits a command line into words as /bin/sh would for a plain command: blanks separate,
     * quotes group. Anything that needs a shell's redirection or control operators is refused,
     * since the plugin line must run without one.
     */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.strip().toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if ("|&;<>()`".indexOf(c) >= 0) {
                throw new AssertionError("shell operator '" + c + "' in a plugin command line: " + line);
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new AssertionError("unclosed quote in: " + line);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
