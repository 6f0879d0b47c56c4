package org.l2tpdoctor.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.Row;

/**
 * {@code /doctor paste-repair}: one row per kind of damage undone in a paste (kind, the paste's
 * lines it touched, how many places, and the sentence the report shows), so a rule can tell the
 * user what was repaired instead of it happening silently.
 */
final class RepairRows {
    static final String MENU = PasteRepair.MENU;

    private RepairRows() {
    }

    static Row row(String source, PasteRepair.Repair repair) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("kind", repair.kind());
        p.put("source", source);
        p.put("first-line", String.valueOf(repair.firstLine()));
        p.put("last-line", String.valueOf(repair.lastLine()));
        p.put("count", String.valueOf(repair.count()));
        p.put("repair", repair.describe());
        return new Row(MENU, null, Set.of(), p, null, new Origin(source, repair.firstLine()));
    }
}
