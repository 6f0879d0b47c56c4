package org.l2tpdoctor.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalText;

/**
 * Input a command asks for beyond its own line: a pasted block, or an SSH password. Neither goes
 * into the history file.
 */
final class TerminalInput {
    /** A line holding only this ends a paste (Ctrl-D does too). */
    static final String END = ".";

    private static final int CTRL_C = 3;
    private static final int CTRL_D = 4;

    private final LineReaderImpl reader;
    private final boolean interactive;
    private final boolean showPaste;
    private final Map<String, String> env;

    /**
     * {@code interactive}: a person can answer a password prompt. {@code showPaste}: show pasted
     * lines back (not for a piped script, whose pasted text nobody needs to see again).
     */
    TerminalInput(LineReaderImpl reader, boolean interactive, boolean showPaste, Map<String, String> env) {
        this.reader = reader;
        this.interactive = interactive;
        this.showPaste = showPaste;
        this.env = env;
    }

    /**
     * Lines up to a lone "." or Ctrl-D; null when Ctrl-C cancelled the paste. Read raw from the
     * terminal rather than with the line reader, so quotes, tabs and "!" arrive as pasted, and so
     * the text is shown only as this shows it back, line by line: secrets masked (a paste may hold
     * a PSK) and control characters escaped (a hostile paste must not drive the terminal).
     */
    List<String> block() {
        Terminal terminal = reader.getTerminal();
        PrintWriter screen = terminal.writer();
        NonBlockingReader keys = terminal.reader();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Attributes saved = terminal.enterRawMode();
        // Ctrl-C as a key, so it drops the paste here instead of signalling the whole command.
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        try {
            boolean afterCr = false;
            while (true) {
                int c = keys.read(100);
                if (c == NonBlockingReader.READ_EXPIRED) {
                    if (Thread.currentThread().isInterrupted()) {
                        return null;
                    }
                    continue;
                }
                if (c == CTRL_C) {
                    return null;
                }
                if (c == NonBlockingReader.EOF || c == CTRL_D) {
                    if (!line.isEmpty()) {
                        keep(line.toString(), lines, screen);
                    }
                    return lines;
                }
                boolean newline = c == '\r' || c == '\n';
                if (c == '\n' && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = c == '\r';
                if (newline) {
                    if (line.toString().strip().equals(END)) {
                        return lines;
                    }
                    keep(line.toString(), lines, screen);
                    line.setLength(0);
                } else if (c == 0x7f || c == '\b') {
                    line.setLength(Math.max(0, line.length() - 1));
                } else {
                    line.append((char) c);
                }
            }
        } catch (java.io.InterruptedIOException e) {
            return null;
        } catch (IOException e) {
            return lines;
        } finally {
            terminal.setAttributes(saved);
            screen.flush();
        }
    }

    private void keep(String line, List<String> lines, PrintWriter screen) {
        lines.add(line);
        if (showPaste) {
            screen.println(TerminalText.safe(Secrets.text(line)));
            screen.flush();
        }
    }

    /**
     * The SSH password: L2TPDOCTOR_PASSWORD, else asked without echo when a person is at the
     * terminal, else none (a script's next line is not a password).
     */
    String password(String prompt) {
        String fromEnv = env.get("L2TPDOCTOR_PASSWORD");
        if (fromEnv != null || !interactive) {
            return fromEnv;
        }
        synchronized (this) {
            Parser parser = reader.getParser();
            Completer completer = reader.getCompleter();
            Object history = reader.getVariable(LineReader.DISABLE_HISTORY);
            DefaultParser plain = new DefaultParser();
            plain.setQuoteChars(new char[0]);
            plain.setEscapeChars(new char[0]);
            reader.setParser(plain);
            reader.setCompleter(null);
            reader.setVariable(LineReader.DISABLE_HISTORY, true);
            try {
                return reader.readLine(prompt, LineReaderImpl.NULL_MASK);
            } catch (EndOfFileException | UserInterruptException e) {
                return null;
            } finally {
                reader.setParser(parser);
                reader.setCompleter(completer);
                reader.setVariable(LineReader.DISABLE_HISTORY, history == null ? false : history);
            }
        }
    }
}
