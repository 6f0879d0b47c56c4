package org.l2tpdoctor.shell;

import java.time.Instant;
import org.jline.reader.impl.history.DefaultHistory;
import org.l2tpdoctor.text.Secrets;

/**
 * The shell's history with secrets masked as each line is added: a typed {@code log secret=...}
 * must reach neither the history file nor a recalled line.
 */
final class MaskedHistory extends DefaultHistory {
    @Override
    public void add(Instant time, String line) {
        super.add(time, Secrets.text(line));
    }
}
