package org.l2tpdoctor.text;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The boundary of every output: a writer that shows each character {@link TerminalText#unsafe}
 * calls unsafe as an escape, whatever wrote it, so a new output cannot forget terminal safety.
 * Two things of the tool's own pass as they are: the report's colours (SGR sequences of the
 * {@code Style} palette: reset, bold, dim, red, green, yellow) and, through {@link #control},
 * a progress line's carriage return. A colour sequence from input could at worst colour text;
 * fields are made safe before they are styled, so it does not get this far.
 */
public final class TerminalWriter extends Writer {
    private static final int LONGEST_COLOUR = "\u001b[33m".length();

    private final Writer target;
    /** An ESC and what followed it, until it is known to be one of our colours or not. */
    private final StringBuilder pending = new StringBuilder();

    private TerminalWriter(Writer target) {
        this.target = target;
    }

    /** A print writer whose every character passes the boundary. */
    public static PrintWriter printWriter(Writer target, boolean autoFlush) {
        return new Safe(new TerminalWriter(target), autoFlush);
    }

    /** {@code writer} itself when it already passes the boundary, else wrapped (flushing at each line). */
    public static PrintWriter around(PrintWriter writer) {
        return writer == null || writer instanceof Safe ? writer : printWriter(writer, true);
    }

    /** Writes the tool's own terminal control (a progress line's {@code \r}) as it is. */
    public static void control(PrintWriter writer, String control) {
        if (writer instanceof Safe safe) {
            safe.flush();
            try {
                safe.boundary.target.write(control);
                safe.boundary.target.flush();
            } catch (IOException e) {
                safe.failed();
            }
        } else {
            writer.print(control);
            writer.flush();
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        StringBuilder out = null;
        int copied = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = buffer[i];
            if (pending.length() == 0 && !TerminalText.unsafe(c)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(length + 16);
            }
            out.append(buffer, copied, i - copied);
            copied = i + 1;
            if (pending.length() > 0 || c == '\u001b') {
                pending.append(c);
                settle(out);
            } else {
                TerminalText.render(c, out);
            }
        }
        if (out == null) {
            target.write(buffer, offset, length);
            return;
        }
        out.append(buffer, copied, end - copied);
        target.write(out.toString());
    }

    /** Decides a pending escape sequence once it is one of our colours, or cannot become one. */
    private void settle(StringBuilder out) {
        while (pending.length() > 0) {
            String p = pending.toString();
            if (isColour(p)) {
                out.append(p);
                pending.setLength(0);
                return;
            }
            if (couldBeColour(p)) {
                return; // wait for the next character
            }
            // not ours: show the ESC, and read what followed it afresh (it may start a sequence)
            pending.setLength(0);
            TerminalText.render(p.charAt(0), out);
            for (int i = 1; i < p.length(); i++) {
                char c = p.charAt(i);
                if (pending.length() > 0 || c == '\u001b') {
                    pending.append(c);
                } else if (TerminalText.unsafe(c)) {
                    TerminalText.render(c, out);
                } else {
                    out.append(c);
                }
            }
        }
    }

    private static boolean isColour(String p) {
        if (p.length() < 3 || !p.startsWith("\u001b[") || p.charAt(p.length() - 1) != 'm') {
            return false;
        }
        return switch (p.substring(2, p.length() - 1)) {
            case "", "0", "1", "2", "31", "32", "33" -> true;
            default -> false;
        };
    }

    private static boolean couldBeColour(String p) {
        if (p.length() > LONGEST_COLOUR - 1) {
            return false;
        }
        if (p.length() == 1) {
            return true;
        }
        if (p.charAt(1) != '[') {
            return false;
        }
        for (int i = 2; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void flush() throws IOException {
        if (pending.length() > 0) {
            // an escape sequence cut off at a flush is not one of ours
            StringBuilder out = new StringBuilder();
            String p = pending.toString();
            pending.setLength(0);
            for (int i = 0; i < p.length(); i++) {
                if (TerminalText.unsafe(p.charAt(i))) {
                    TerminalText.render(p.charAt(i), out);
                } else {
                    out.append(p.charAt(i));
                }
            }
            target.write(out.toString());
        }
        target.flush();
    }

    @Override
    public void close() throws IOException {
        target.close();
    }

    /** The print writer type that marks a stream as already passing the boundary. */
    private static final class Safe extends PrintWriter {
        private final TerminalWriter boundary;

        Safe(TerminalWriter boundary, boolean autoFlush) {
            super(boundary, autoFlush);
            this.boundary = boundary;
        }

        void failed() {
            setError(); // as PrintWriter does: checkError() tells, nothing throws
        }
    }
}
