package org.l2tpdoctor.report;

import java.util.List;
import org.l2tpdoctor.model.Row;

/**
 * The tail of a long list that a report for people prints: a busy log gives a finding thousands
 * of evidence lines and the story of thousands of clients, and someone on the phone needs the
 * latest few and a count of the rest (JSON keeps everything).
 */
record MostRecent<T>(List<T> shown, int omitted) {

    /** The last {@code max} items (all of them when {@code max} is negative). */
    static <T> MostRecent<T> of(List<T> all, int max) {
        if (max < 0 || all.size() <= max) {
            return new MostRecent<>(all, 0);
        }
        return new MostRecent<>(all.subList(all.size() - max, all.size()), all.size() - max);
    }

    /**
     * The last {@code max} evidence rows, widened so rows read from the same line (a client's
     * attempt and the log record behind it) are not split at the cut.
     */
    static MostRecent<Row> evidence(List<Row> rows, int max) {
        if (max < 0 || rows.size() <= max) {
            return new MostRecent<>(rows, 0);
        }
        int from = rows.size() - max;
        while (from > 0 && rows.get(from - 1).origin().equals(rows.get(from).origin())) {
            from--;
        }
        return new MostRecent<>(rows.subList(from, rows.size()), from);
    }
}
