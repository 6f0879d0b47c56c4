package org.l2tpdoctor.analyze;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/** The analyze step: runs every analyzer over a snapshot. */
public final class Analyze {
    private static final List<Analyzer> ANALYZERS = List.of(new LogRows(), new LogCoverage(), new RoadWarriorScope(),
            new NatGroups(), new Attempts(), new FirewallPath(), new Fasttrack(), new PppScope(), new PoolUsage(),
            new L2tpSessions(), new IpsecCounts());

    private Analyze() {
    }

    public static Analysis run(Snapshot snapshot) {
        Map<Row, List<Row>> basis = new IdentityHashMap<>();
        Map<String, List<Row>> virtual = new LinkedHashMap<>();
        Snapshot current = snapshot;
        for (Analyzer analyzer : ANALYZERS) {
            Map<String, List<Row>> derived = analyzer.derive(current, basis);
            virtual.putAll(derived);
            current = current.withTables(derived);
        }
        return new Analysis(current, basis);
    }

    /** The virtual menus analyzers can produce, for rule linting and completion. */
    public static List<String> virtualMenus() {
        return List.of(LogRows.MENU, LogCoverage.MENU, RoadWarriorScope.PEERS, RoadWarriorScope.IDENTITIES,
                RoadWarriorScope.PROFILES, RoadWarriorScope.PROPOSALS, RoadWarriorScope.PSK, NatGroups.MENU,
                Attempts.MENU, FirewallPath.MENU, Fasttrack.MENU, PppScope.PROFILES, PppScope.SECRETS, PoolUsage.MENU,
                L2tpSessions.MENU, IpsecCounts.MENU);
    }
}
