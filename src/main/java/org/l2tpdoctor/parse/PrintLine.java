package org.l2tpdoctor.parse;

import java.util.List;

/**
 * What one physical line of print output says, whichever way it was read: by the grammar
 * ({@link PrintLineTree}) or by the fast path for the common shapes ({@link FastPrintLine}).
 * The extraction step builds rows from these alone.
 */
sealed interface PrintLine {
    /** Nothing but blanks. */
    record Blank() implements PrintLine {
    }

    /**
     * Flag letters and their names: a "Flags:" line ({@code opensLegend}) or a wrapped one that
     * carries on with "X - disabled". Each entry is as printed, such as {@code "D - dynamic"}.
     */
    record Legend(boolean opensLegend, List<String> entries) implements PrintLine {
        public Legend {
            entries = List.copyOf(entries);
        }
    }

    /** The v7 "Columns: ID, STATE, UPTIME" line. */
    record Columns() implements PrintLine {
    }

    /** A table header ("#   NAME   SERVICE"), with the column where each name starts. */
    record Header(List<TableLayout.Column> columns) implements PrintLine {
        public Header {
            columns = List.copyOf(columns);
        }
    }

    /** A ";;; comment" line, its hex-encoded text already decoded. */
    record Comment(String text) implements PrintLine {
    }

    /** An item's first line: its number, its fields, and a trailing comment if any (else null). */
    record Item(String id, List<PrintField> fields, String comment) implements PrintLine {
        public Item {
            fields = List.copyOf(fields);
        }
    }

    /** More fields of the item above (or a row of an unnumbered table). */
    record Continuation(List<PrintField> fields, String comment) implements PrintLine {
        public Continuation {
            fields = List.copyOf(fields);
        }
    }

    /** A "key: value" line of a settings menu; the value is stripped, empty when none. */
    record Setting(String key, String value) implements PrintLine {
    }
}
