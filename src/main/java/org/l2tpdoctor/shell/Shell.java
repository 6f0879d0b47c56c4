package org.l2tpdoctor.shell;

import java.io.IOError;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalText;

/** {@code l2tpdoctor shell}: read a command, run it, print, until exit or Ctrl-D; typed or piped in. */
public final class Shell {
    private final Terminal terminal;
    private final ShellSettings settings;
    private final Session session;
    private final LineReaderImpl reader;
    private final TerminalInput input;
    private final Foreground foreground;

    private Shell(Terminal terminal, ShellSettings settings) {
        this.terminal = terminal;
        this.settings = settings;
        this.session = new Session(settings.rules());
        this.reader = ShellReader.build(terminal, settings.history(), new ShellCompleter(session, settings));
        this.input = new TerminalInput(reader, !settings.echoInput() && !isDumb(terminal), !settings.echoInput(),
                settings.env());
        this.foreground = new Foreground(terminal);
    }

    /** Runs until the input ends; 0, or 2 when the input could not be read. */
    public static int run(Terminal terminal, ShellSettings settings) {
        return new Shell(terminal, settings).loop();
    }

    private int loop() {
        PrintWriter out = org.l2tpdoctor.text.TerminalWriter.around(terminal.writer());
        if (!settings.echoInput()) {
            out.println("l2tpdoctor shell: 'help' lists the commands, Tab completes, Ctrl-D or 'exit' leaves.");
        }
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine(session.prompt());
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    out.println();
                    return 0;
                }
                if (settings.echoInput()) {
                    // A piped script is not echoed by any terminal; show it so the output reads as a session.
                    out.println(TerminalText.safe(Secrets.text(line)));
                }
                List<String> words = reader.getParsedLine().words().stream().filter(w -> !w.isEmpty()).toList();
                if (words.isEmpty() || words.get(0).startsWith("#")) {
                    continue;
                }
                if (execute(words) == Dispatcher.EXIT) {
                    return 0;
                }
            }
        } catch (IOError e) {
            out.println("error: cannot read the input: " + (e.getCause() != null ? e.getCause().getMessage() : e));
            return 2;
        } finally {
            session.disconnect();
            saveHistory();
            out.flush();
        }
    }

    private int execute(List<String> words) {
        // A dumb terminal's width is a guess; tables are not folded for it.
        Run run = new Run(terminal.writer(), settings.env(), !isDumb(terminal), isDumb(terminal) ? 0 : terminal.getWidth());
        int code = foreground.run(run, () -> Dispatcher.run(words, new Context(session, settings, input, run)));
        if (code == Foreground.CANCELLED) {
            terminal.writer().println();
            terminal.writer().println("cancelled");
        }
        terminal.flush();
        return code;
    }

    private void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // History is a convenience; losing it is not worth an error at exit.
        }
    }

    private static boolean isDumb(Terminal terminal) {
        return terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }
}
