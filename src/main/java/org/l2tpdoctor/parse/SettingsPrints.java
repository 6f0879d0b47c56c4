package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.Menu;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.text.Secrets;

/**
 * A menu of settings (the L2TP server, ...) is one object, but a paste can hold two prints of it:
 * pasted twice, or once whole and once with a line lost in copying. Rules must see one object, so
 * one print is kept: the one read with fewer lines left out, the later one when both were read as
 * well. Where the two disagree, the paste says so on the print set aside, naming the
 * settings that differ (a note beside the repairs: a warning would count a line read as not read),
 * so a copy that lost a continuation line ("mschap2" under
 * "authentication: mschap1") cannot silently overrule a complete one.
 */
final class SettingsPrints {
    private SettingsPrints() {
    }

    /**
     * Keeps one printed row per settings menu in {@code tables} (rows from exports and the factory
     * are left alone); {@code unread} holds each printed row's count of lines its print left unread.
     */
    static List<Row> oneEach(Map<String, List<Row>> tables, Map<Row, Integer> unread) {
        List<Row> notes = new ArrayList<>();
        for (Map.Entry<String, List<Row>> table : tables.entrySet()) {
            Menu menu = Menus.byPath(table.getKey());
            if (menu == null || menu.kind() != Menu.Kind.SETTINGS) {
                continue;
            }
            List<Row> printed = table.getValue().stream().filter(unread::containsKey).toList();
            if (printed.size() < 2) {
                continue;
            }
            Row kept = printed.get(0);
            for (Row r : printed) {
                if (unread.get(r) <= unread.get(kept)) {
                    kept = r;
                }
            }
            for (Row r : printed) {
                if (r != kept && !r.properties().equals(kept.properties())) {
                    notes.add(note(r, disagreement(menu, r, kept, unread)));
                }
            }
            Row chosen = kept;
            table.getValue().removeIf(r -> r != chosen && unread.containsKey(r));
        }
        return notes;
    }

    /** The kind of {@code /doctor paste-repair} row that says two prints disagree. */
    static final String KIND = "prints-disagree";

    private static Row note(Row setAside, String text) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("kind", KIND);
        p.put("source", setAside.origin().source());
        p.put("first-line", String.valueOf(setAside.origin().line()));
        p.put("last-line", String.valueOf(setAside.origin().line()));
        p.put("count", "1");
        p.put("repair", text);
        p.put("note", "yes"); // a note on what was read, not a repair (RepairRows.NOTES)
        return new Row(PasteRepair.MENU, null, Set.of(), p, null, setAside.origin());
    }

    private static String disagreement(Menu menu, Row setAside, Row kept, Map<Row, Integer> unread) {
        Set<String> keys = new LinkedHashSet<>(kept.properties().keySet());
        keys.addAll(setAside.properties().keySet());
        List<String> differ = new ArrayList<>();
        for (String key : keys) {
            String here = setAside.properties().get(key);
            String there = kept.properties().get(key);
            if (here == null ? there != null : !here.equals(there)) {
                differ.add(Secrets.isSecret(key) ? key : key + " " + shown(here) + " here, " + shown(there) + " there");
            }
        }
        String why = unread.get(kept) < unread.get(setAside)
                ? "it was read with fewer lines left out" : "it is the later print";
        return "the print of " + menu.path() + " at " + setAside.origin().source() + ":" + setAside.origin().line()
                + " disagrees with the one at " + kept.origin().source() + ":"
                + kept.origin().line() + " (" + String.join("; ", differ) + "); that one is used: " + why;
    }

    private static String shown(String value) {
        return value == null ? "(not shown)" : value.isEmpty() ? "\"\"" : value;
    }
}
