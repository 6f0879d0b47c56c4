package org.l2tpdoctor.analyze;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * The analyze step: runs every analyzer over a snapshot, each seeing the menus of those before it
 * (an analyzer comes after the producers of the virtual menus it reads), and gathers their rows
 * and the basis of each.
 */
public final class Analyze {
    static final List<Analyzer> ANALYZERS = List.of(new LogRows(), new LogCoverage(), new RoadWarriorScope(),
            new NatGroups(), new FirewallPath(), new Attempts(), new Fasttrack(), new PppScope(), new PoolUsage(),
            new L2tpSessions(), new IpsecCounts(), new AfterConnect(), new ClientPath(), new ClientRoute(), new IpsecRoute(), new PasteRepairs());

    private static final List<VirtualMenu> VIRTUAL = ANALYZERS.stream().flatMap(a -> a.produces().stream()).toList();

    private Analyze() {
    }

    public static Analysis run(Snapshot snapshot) {
        Map<Row, List<Row>> basis = new IdentityHashMap<>();
        Snapshot current = snapshot;
        for (Analyzer analyzer : ANALYZERS) {
            Derived derived = analyzer.derive(current);
            current = current.withTables(derived.tables());
            basis.putAll(derived.basis());
        }
        return new Analysis(current, basis);
    }

    /** The virtual menus analyzers can produce, for rule linting and completion. */
    public static List<String> virtualMenus() {
        return VIRTUAL.stream().map(VirtualMenu::path).toList();
    }

    /** The command whose output a virtual menu is derived from: what to paste when it is missing. */
    public static String sourceOf(String virtualMenu) {
        Optional<VirtualMenu> menu = VIRTUAL.stream().filter(v -> v.path().equals(virtualMenu)).findFirst();
        return menu.map(VirtualMenu::source).orElse(null);
    }
}
