package org.l2tpdoctor.analyze;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * The snapshot with its derived facts added as virtual menus ({@code /doctor ...}), and for each
 * derived row the real rows it was computed from, so a finding can show them as evidence.
 */
public record Analysis(Snapshot snapshot, Map<Row, List<Row>> basis) {

    public Analysis {
        IdentityHashMap<Row, List<Row>> copy = new IdentityHashMap<>();
        copy.putAll(basis);
        basis = java.util.Collections.unmodifiableMap(copy);
    }

    /** The rows a derived row stands on; a real row stands on itself. */
    public List<Row> basisOf(Row row) {
        return basis.getOrDefault(row, List.of(row));
    }
}
