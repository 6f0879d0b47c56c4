package org.l2tpdoctor.parse;

import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.SectionSummary;

/** Moves what was read from the second part of a big file to its real line numbers. */
final class Shift {
    private Shift() {
    }

    static Origin origin(Origin o, int offset) {
        return offset == 0 ? o : new Origin(o.source(), o.line() + offset);
    }

    static Row row(Row r, int offset) {
        return offset == 0 ? r : new Row(r.menu(), r.id(), r.flags(), r.properties(), r.comment(), origin(r.origin(), offset));
    }

    static LogEvent event(LogEvent e, int offset) {
        return offset == 0 ? e : e.at(origin(e.origin(), offset));
    }

    static ParseWarning warning(ParseWarning w, int offset) {
        return offset == 0 ? w : new ParseWarning(origin(w.origin(), offset), w.column(), w.text(), w.reason());
    }

    static SectionSummary summary(SectionSummary s, int offset) {
        return offset == 0 ? s : new SectionSummary(origin(s.origin(), offset), s.kind(), s.command(), s.menu(),
                s.lines(), s.understood());
    }
}
