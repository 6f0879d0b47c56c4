package org.l2tpdoctor.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/** The shell's line reader: its parser, completion, and history file. */
final class ShellReader {
    private ShellReader() {
    }

    static LineReaderImpl build(Terminal terminal, Path history, Completer completer) {
        DefaultParser parser = new DefaultParser();
        // Backslashes stay as typed: log filters are regular expressions (\d+), not shell words.
        parser.setEscapeChars(new char[0]);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .appName("l2tpdoctor")
                .terminal(terminal)
                .parser(parser)
                .completer(completer)
                .history(new MaskedHistory())
                // "!" is RouterOS negation (dst-address=!10.0.0.0/8), not a history event
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .variable(LineReader.LIST_MAX, 200);
        if (history != null && prepare(history)) {
            builder.variable(LineReader.HISTORY_FILE, history).variable(LineReader.HISTORY_FILE_SIZE, 2000);
        }
        return (LineReaderImpl) builder.build();
    }

    /**
     * Creates the history file readable by its owner only (it names routers); false when it cannot
     * be written, and the shell then keeps history in memory rather than warn on every line.
     */
    private static boolean prepare(Path history) {
        try {
            Path parent = history.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!Files.exists(history)) {
                try {
                    Files.createFile(history, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(history);
                }
            }
            return Files.isWritable(history);
        } catch (IOException e) {
            return false;
        }
    }
}
