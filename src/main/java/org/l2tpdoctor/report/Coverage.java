package org.l2tpdoctor.report;

import java.util.Locale;
import org.l2tpdoctor.model.Snapshot;

/** "Read 3 sections: understood 1,182 of 1,190 lines (8 warnings)". */
public final class Coverage {
    private Coverage() {
    }

    public static String line(Snapshot s) {
        return String.format(Locale.ROOT, "Read %d section(s): understood %,d of %,d lines (%d warning%s)",
                s.sections().size(), s.linesUnderstood(), s.linesRead(), s.warnings().size(),
                s.warnings().size() == 1 ? "" : "s");
    }
}
