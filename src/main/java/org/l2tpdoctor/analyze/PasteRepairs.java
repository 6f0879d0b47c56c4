package org.l2tpdoctor.analyze;

import java.util.List;
import java.util.Map;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.parse.PasteRepair;

/**
 * {@code /doctor paste-repair}: the repairs the parse step made to a damaged paste (its rows),
 * and an empty menu when none was needed, so that "nothing was repaired" is known, not unknown.
 */
final class PasteRepairs implements Analyzer {
    static final String MENU = PasteRepair.MENU;

    @Override
    public Map<String, List<Row>> derive(Snapshot s, Map<Row, List<Row>> basis) {
        if (!s.hasMenu(MENU)) {
            return Map.of(MENU, List.of());
        }
        s.rows(MENU).forEach(r -> basis.put(r, List.of(r)));
        return Map.of();
    }
}
