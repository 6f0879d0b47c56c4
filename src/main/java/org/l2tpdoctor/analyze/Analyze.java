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
            new L2tpSessions(), new IpsecCounts(), new PasteRepairs());

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
        return List.copyOf(SOURCES.keySet());
    }

    /** The command whose output a virtual menu is derived from: what to paste when it is missing. */
    public static String sourceOf(String virtualMenu) {
        return SOURCES.get(virtualMenu);
    }

    private static final String LOG = "/log print where topics~\"ipsec|l2tp|ppp\"";
    private static final Map<String, String> SOURCES = sources();

    private static Map<String, String> sources() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(LogRows.MENU, LOG);
        m.put(LogCoverage.MENU, LOG);
        m.put(RoadWarriorScope.PEERS, "/ip ipsec peer print detail");
        m.put(RoadWarriorScope.IDENTITIES, "/ip ipsec identity print detail");
        m.put(RoadWarriorScope.PROFILES, "/ip ipsec profile print detail");
        m.put(RoadWarriorScope.PROPOSALS, "/ip ipsec proposal print detail");
        m.put(RoadWarriorScope.PSK, "/ip ipsec identity print detail");
        m.put(NatGroups.MENU, "/ip ipsec active-peers print detail");
        m.put(Attempts.MENU, LOG);
        m.put(FirewallPath.MENU, "/ip firewall filter print detail");
        m.put(Fasttrack.MENU, "/ip firewall filter print detail");
        m.put(PppScope.PROFILES, "/ppp profile print detail");
        m.put(PppScope.SECRETS, "/ppp secret print detail");
        m.put(PoolUsage.MENU, "/ip pool print");
        m.put(L2tpSessions.MENU, "/ppp active print detail");
        m.put(IpsecCounts.MENU, "/ip ipsec installed-sa print");
        m.put(PasteRepairs.MENU, "the paste itself");
        return java.util.Collections.unmodifiableMap(m);
    }
}
