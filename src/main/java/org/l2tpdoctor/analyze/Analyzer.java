package org.l2tpdoctor.analyze;

import java.util.List;
import java.util.Map;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/** Derives one family of facts that a where-filter cannot express. */
interface Analyzer {
    /**
     * Virtual menus by name. A menu is present only when the inputs it needs were in the
     * snapshot, so that a rule can tell "nothing found" from "could not look".
     */
    Map<String, List<Row>> derive(Snapshot snapshot, Map<Row, List<Row>> basis);
}
