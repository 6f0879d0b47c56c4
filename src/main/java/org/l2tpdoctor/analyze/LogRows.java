package org.l2tpdoctor.analyze;

import java.util.List;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * {@code /log}: the log events as rows (time, topics, message), so rules can query them with
 * {@code where topics~"ipsec" and message~"..."} like any menu. Present only when the input held
 * log lines.
 */
final class LogRows implements Analyzer {
    static final String MENU = Menus.LOG.path();

    @Override
    public List<String> reads() {
        return List.of(MENU);
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(MENU, Menus.LOG));
    }

    @Override
    public Derived derive(Snapshot s) {
        if (s.events().isEmpty()) {
            return Derived.NOTHING;
        }
        return Derived.of(MENU, Row.of(MENU, s.events()));
    }

    static Row row(LogEvent e) {
        return Row.of(MENU, e);
    }
}
