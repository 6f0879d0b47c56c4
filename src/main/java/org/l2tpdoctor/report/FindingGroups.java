package org.l2tpdoctor.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Outcome;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalText;

/**
 * A fleet's findings by rule instead of by router: "L2TP-POLICY-001 on 37 routers (same fix): r1,
 * r2, ...". An MSP fixes a cause once across the routers that share it; whether the fix is the
 * same text everywhere (one script for all) or names each router's own objects is said. The most
 * severe first, then the most widespread. A group's level is the highest its routers' evidence
 * gave the finding.
 */
public final class FindingGroups {

    /** One rule's findings across the fleet: the routers in the order given, and each one's fix. */
    public record Group(Rule rule, Level level, List<String> routers, List<String> fixes) {
        public Group {
            routers = List.copyOf(routers);
            fixes = List.copyOf(fixes);
        }

        /** Whether every router gets the very same fix text. */
        public boolean sameFix() {
            return new LinkedHashSet<>(fixes).size() <= 1;
        }
    }

    private FindingGroups() {
    }

    /** Groups the findings at or above {@code threshold} of the routers that could be read. */
    public static List<Group> of(List<Monitored> routers, Level threshold) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, Level> levels = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, List<String>> fixes = new LinkedHashMap<>();
        for (Monitored m : routers) {
            Set<String> seen = new LinkedHashSet<>();
            for (Outcome.Finding f : m.findingsAtLeast(threshold)) {
                String id = f.rule().id();
                if (!seen.add(id)) {
                    continue;
                }
                rules.putIfAbsent(id, f.rule());
                levels.merge(id, f.level(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                names.computeIfAbsent(id, k -> new ArrayList<>()).add(m.router());
                fixes.computeIfAbsent(id, k -> new ArrayList<>()).add(f.fix() == null ? "" : f.fix());
            }
        }
        List<Group> groups = new ArrayList<>();
        rules.forEach((id, rule) -> groups.add(new Group(rule, levels.get(id), names.get(id), fixes.get(id))));
        groups.sort(Comparator.comparing(Group::level).reversed()
                .thenComparing(Comparator.comparingInt((Group g) -> g.routers().size()).reversed())
                .thenComparing(g -> g.rule().id()));
        return groups;
    }

    /** "L2TP-POLICY-001 on 37 routers (same fix): r1, r2, r3, ... and 34 more", at most {@code names} names. */
    public static String describe(Group g, int names) {
        int n = g.routers().size();
        String fix = n == 1 ? "" : g.sameFix() ? " (same fix)" : " (fix differs per router)";
        List<String> shown = g.routers().stream().limit(names).map(r -> TerminalText.safe(Secrets.text(r))).toList();
        return g.rule().id() + " on " + n + " router" + (n == 1 ? "" : "s") + fix + ": " + String.join(", ", shown)
                + (n > names ? " and " + (n - names) + " more" : "");
    }

    /**
     * The text form after a fleet's table: per rule, the routers, the title, and the fix: once when
     * it is the same everywhere, else each router's first command. Notes (info) take one line each.
     */
    public static void print(List<Group> groups, PrintWriter out) {
        List<Group> problems = groups.stream().filter(g -> g.level() != Level.INFO).toList();
        List<Group> notes = groups.stream().filter(g -> g.level() == Level.INFO).toList();
        if (problems.isEmpty()) {
            out.println("No error or warning on any router read.");
        } else {
            out.println("Findings by rule, the most severe and widespread first (--group-by router: each router's report):");
        }
        for (Group g : problems) {
            out.println();
            out.println(g.level().label().toUpperCase(Locale.ROOT) + "  " + describe(g, Integer.MAX_VALUE));
            out.println("  " + TerminalText.safe(g.rule().title()));
            if (g.sameFix()) {
                out.println("  Fix" + (g.routers().size() > 1 ? ", on each of them:" : ":"));
                for (String line : g.fixes().get(0).split("\n")) {
                    out.println("    " + TerminalText.safe(Secrets.text(line)));
                }
            } else {
                out.println("  Fix, naming each router's own objects (first command; the router's report has all):");
                for (int i = 0; i < g.routers().size(); i++) {
                    out.println("    " + TerminalText.safe(Secrets.text(g.routers().get(i))) + ": "
                            + TerminalText.safe(Secrets.text(ShortFix.firstCommand(g.fixes().get(i), false))));
                }
            }
        }
        if (!notes.isEmpty()) {
            out.println();
            out.println("Notes: " + String.join(", ", notes.stream()
                    .map(g -> g.rule().id() + " (" + g.routers().size() + ")").toList()));
        }
    }

    /** The JSON form: rule, level, title, routers, whether the fix is the same, and the fix when it is. */
    public static List<Object> json(List<Group> groups) {
        List<Object> out = new ArrayList<>();
        for (Group g : groups) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", g.rule().id());
            m.put("level", g.level().label());
            m.put("title", g.rule().title());
            m.put("count", g.routers().size());
            m.put("routers", g.routers().stream().map(Secrets::text).toList());
            m.put("sameFix", g.sameFix());
            if (g.sameFix() && !g.fixes().isEmpty()) {
                m.put("fix", Secrets.text(g.fixes().get(0)));
            }
            out.add(m);
        }
        return out;
    }
}
