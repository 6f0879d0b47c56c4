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

    /**
     * Kinds that are notes on how a part was read, not repairs of damage: a log message quoted in
     * text, two prints of one menu that disagree. Their rows carry {@code note=yes}, so the report
     * and L2TP-PASTE-001 tell them from repairs by the row, not by a list of their own.
     */
    static final Set<String> NOTES = Set.of(PasteRepair.QUOTED_MESSAGES, SettingsPrints.KIND);

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
        if (NOTES.contains(repair.kind())) {
            p.put("note", "yes");
        }
        return new Row(MENU, null, Set.of(), p, null, new Origin(source, repair.firstLine()));
    }
}
