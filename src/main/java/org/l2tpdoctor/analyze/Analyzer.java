package org.l2tpdoctor.analyze;

import java.util.List;
import org.l2tpdoctor.model.Snapshot;

/**
 * Derives one family of facts that a where-filter cannot express. It says what it reads and what
 * it produces, so that its place in {@link Analyze}'s order and what to paste for its menus follow
 * from it, and a test can hold it to what it said.
 */
interface Analyzer {
    /**
     * The menus it reads, real or virtual, by path; the log's events count as {@code /log}. Given
     * a snapshot with only these, it derives the same rows.
     */
    List<String> reads();

    /** The virtual menus it can produce, in the order it produces them. */
    List<VirtualMenu> produces();

    /**
     * Its virtual menus with the basis of each derived row. A menu is present only when the
     * inputs it needs were in the snapshot, so that a rule can tell "nothing found" from "could
     * not look".
     */
    Derived derive(Snapshot snapshot);
}
