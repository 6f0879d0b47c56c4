package org.l2tpdoctor.shell;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes a command's output to the terminal until the command is cancelled; after that its
 * writes vanish, so an abandoned command cannot scribble over the next prompt.
 */
final class GatedWriter extends Writer {
    private final Writer target;
    private boolean open = true;

    GatedWriter(Writer target) {
        this.target = target;
    }

    @Override
    public synchronized void write(char[] buffer, int offset, int length) throws IOException {
        if (open) {
            target.write(buffer, offset, length);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (open) {
            target.flush();
        }
    }

    /** The terminal belongs to the shell, not to one command: closing only shuts the gate. */
    @Override
    public synchronized void close() {
        open = false;
    }
}
