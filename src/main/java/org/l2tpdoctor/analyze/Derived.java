package org.l2tpdoctor.analyze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.model.Row;

/**
 * What one analyzer derived: its virtual menus (only those whose inputs were there), and for each
 * derived row the rows it stands on, so a finding can show them as evidence. A row without a
 * basis stands on itself.
 */
record Derived(Map<String, List<Row>> tables, Map<Row, List<Row>> basis) {
    static final Derived NOTHING = new Derived(Map.of(), Map.of());

    Derived {
        Map<String, List<Row>> menus = new LinkedHashMap<>();
        tables.forEach((menu, rows) -> menus.put(menu, List.copyOf(rows)));
        tables = Collections.unmodifiableMap(menus);
        basis = Collections.unmodifiableMap(new IdentityHashMap<>(basis));
    }

    /** One virtual menu whose rows stand on themselves. */
    static Derived of(String menu, List<Row> rows) {
        return new Derived(Map.of(menu, rows), Map.of());
    }

    /** Gathers the rows of one analyzer's menus, in the order they are added, with their basis. */
    static final class Builder {
        private final Map<String, List<Row>> tables = new LinkedHashMap<>();
        private final Map<Row, List<Row>> basis = new IdentityHashMap<>();

        /** The menu is there (the inputs it needs were), even if no row is added to it. */
        Builder menu(String menu) {
            rows(menu);
            return this;
        }

        /** Rows that stand on themselves. */
        Builder menu(String menu, List<Row> rows) {
            rows(menu).addAll(rows);
            return this;
        }

        /** A derived row and the rows it stands on (itself first where a fix names its fields). */
        Builder add(String menu, Row row, List<Row> rowBasis) {
            rows(menu).add(row);
            basis.put(row, rowBasis);
            return this;
        }

        private List<Row> rows(String menu) {
            return tables.computeIfAbsent(menu, m -> new ArrayList<>());
        }

        Derived build() {
            return new Derived(tables, basis);
        }
    }
}
