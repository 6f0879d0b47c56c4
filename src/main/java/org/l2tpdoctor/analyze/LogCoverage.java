package org.l2tpdoctor.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * {@code /doctor log-coverage}: what the input tells from the log, always one row:
 * {@code log-lines} (every log line read, of any topic: a big log keeps only its VPN events), {@code ipsec-lines}, {@code l2tp-lines} (L2TP and its
 * PPP lines), {@code debug-lines} (IPsec lines of the plain {@code ipsec} topic that
 * {@code topics=ipsec,!debug} adds, such as "rejected hashtype"). Unlike the other menus it is
 * there even without a log, because "no log was pasted" is itself what a rule needs to know.
 */
final class LogCoverage implements Analyzer {
    static final String MENU = "/doctor log-coverage";

    @Override
    public List<String> reads() {
        return List.of(Menus.LOG.path());
    }

    @Override
    public List<VirtualMenu> produces() {
        return List.of(VirtualMenu.from(MENU, Menus.LOG));
    }

    @Override
    public Derived derive(Snapshot s) {
        int ipsec = 0;
        int l2tp = 0;
        int debug = 0;
        int untagged = 0;
        for (LogEvent e : s.events()) {
            if (e.hasTopic("ipsec")) {
                ipsec++;
                if (e.topics().size() == 1) {
                    debug++;
                }
            } else if (e.hasTopic("l2tp")) {
                l2tp++;
            } else if (e.topics().isEmpty()) {
                // a Winbox copy or bsd-syslog line: count it by its wording
                var fact = LogFacts.classify(e);
                if (fact.isPresent()) {
                    untagged++;
                    if (fact.get().kind().name().startsWith("PPP_") || fact.get().kind() == LogFact.Kind.L2TP_FIRST_PACKET) {
                        l2tp++;
                    } else {
                        ipsec++;
                    }
                }
            }
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("log-lines", String.valueOf(s.logLinesRead()));
        p.put("ipsec-lines", String.valueOf(ipsec));
        p.put("l2tp-lines", String.valueOf(l2tp));
        p.put("debug-lines", String.valueOf(debug));
        if (untagged > 0) {
            p.put("without-topics", String.valueOf(untagged));
        }
        timelines(s.events(), p);
        Origin origin = !s.events().isEmpty() ? s.events().get(0).origin()
                : !s.sections().isEmpty() ? s.sections().get(0).origin() : new Origin("input", 0);
        Row row = new Row(MENU, null, Set.of(), p, null, origin);
        return Derived.of(MENU, List.of(row));
    }

    /**
     * Says when the log is not one router's one timeline: {@code routers} (the hosts a syslog
     * receiver named, each replayed on its own), {@code timelines} and {@code time-goes-back-at}
     * (the lines where time went back or changed its stamp style: a second paste, a reboot or a
     * clock set back; no gap is measured across them). Absent for one plain log.
     */
    private static void timelines(List<LogEvent> events, Map<String, String> p) {
        Timeline t = Timeline.of(events);
        List<String> hosts = t.hosts();
        if (hosts.size() > 1) {
            p.put("routers", String.join(",", hosts.stream().map(h -> h.isEmpty() ? "(no host)" : h).toList()));
        }
        List<LogEvent> breaks = t.breaks();
        if (!breaks.isEmpty()) {
            p.put("timelines", String.valueOf(hosts.size() + breaks.size()));
            p.put("time-goes-back-at", String.join(",", breaks.stream().limit(5)
                    .map(e -> String.valueOf(e.origin().line())).toList()) + (breaks.size() > 5 ? ",..." : ""));
        }
    }
}
