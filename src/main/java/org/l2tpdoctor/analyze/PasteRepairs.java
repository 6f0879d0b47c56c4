package org.l2tpdoctor.analyze;

import java.util.List;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.parse.PasteRepair;

/**
 * {@code /doctor paste-repair}: the repairs the parse step made to a damaged paste (its rows),
 * and an empty menu when none was needed, so that "nothing was repaired" is known, not unknown.
 */
final class PasteRepairs implements Analyzer {
    static final String MENU = PasteRepair.MENU;

    @Override
    public List<String> reads() {
        return List.of(MENU);
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(new VirtualMenu(MENU, "the paste itself"));
    }

    /** The parse step's repair rows are there already (each stands on itself); only "none" is added. */
    @Override
    public Derived derive(Snapshot s) {
        return s.hasMenu(MENU) ? Derived.NOTHING : Derived.of(MENU, List.of());
    }
}
