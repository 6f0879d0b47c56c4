package org.l2tpdoctor.analyze;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.model.Menus;
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

    private static final Map<String, String> SOURCES = sources();

    private static Map<String, String> sources() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(LogRows.MENU, Menus.LOG.paste());
        m.put(LogCoverage.MENU, Menus.LOG.paste());
        m.put(RoadWarriorScope.PEERS, Menus.IPSEC_PEER.paste());
        m.put(RoadWarriorScope.IDENTITIES, Menus.IPSEC_IDENTITY.paste());
        m.put(RoadWarriorScope.PROFILES, Menus.IPSEC_PROFILE.paste());
        m.put(RoadWarriorScope.PROPOSALS, Menus.IPSEC_PROPOSAL.paste());
        m.put(RoadWarriorScope.PSK, Menus.IPSEC_IDENTITY.paste());
        m.put(NatGroups.MENU, Menus.ACTIVE_PEERS.paste());
        m.put(Attempts.MENU, Menus.LOG.paste());
        m.put(FirewallPath.MENU, Menus.FIREWALL_FILTER.paste());
        m.put(Fasttrack.MENU, Menus.FIREWALL_FILTER.paste());
        m.put(PppScope.PROFILES, Menus.PPP_PROFILE.paste());
        m.put(PppScope.SECRETS, Menus.PPP_SECRET.paste());
        m.put(PoolUsage.MENU, Menus.IP_POOL.paste());
        m.put(L2tpSessions.MENU, Menus.PPP_ACTIVE.paste());
        m.put(IpsecCounts.MENU, Menus.INSTALLED_SA.paste());
        m.put(PasteRepairs.MENU, "the paste itself");
        return java.util.Collections.unmodifiableMap(m);
    }
}
