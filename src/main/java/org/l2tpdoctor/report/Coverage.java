package org.l2tpdoctor.report;

import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.text.Figures;

/** "Read 3 sections: understood 1,182 of 1,190 lines (8 warnings)". */
public final class Coverage {
    private Coverage() {
    }

    public static String line(Snapshot s) {
        int warnings = s.warnings().size();
        return "Read " + s.sections().size() + " section(s): understood " + Figures.grouped(s.linesUnderstood())
                + " of " + Figures.grouped(s.linesRead()) + " lines (" + warnings + " warning"
                + (warnings == 1 ? "" : "s") + ")";
    }
}
