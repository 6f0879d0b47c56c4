package org.l2tpdoctor.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.l2tpdoctor.analyze.Analyze;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.PropertyValues;

/**
 * Checks rules as code is checked: ids unique and matching their files, every fix and verify
 * line valid RouterOS script syntax, virtual menus that exist, fixtures that exist, sources
 * cited, and neither of the guide's errata ({@code /ip ipsec sa}, {@code use-ipsec=require}).
 */
public final class RuleLinter {
    private static final Pattern ID = Pattern.compile("L2TP-[A-Z0-9]+-\\d{3}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z0-9.-]+}");
    /** The guide's "/ip ipsec sa": RouterOS has no such menu, only installed-sa. */
    private static final String ERRATUM = Menus.INSTALLED_SA.aliases().get(0);
    private static final Pattern ERRATUM_SA = Pattern.compile(Pattern.quote(ERRATUM) + "\\b");
    private static final Pattern ERRATUM_REQUIRE = Pattern.compile("use-ipsec=require\\b");
    private static final Pattern FIND = Pattern.compile("\\[find(?:\\s+where)?\\s*([^\\]]*)]");
    /** A comparison on a property, or a placeholder filled from the evidence (a name, a find body). */
    private static final Pattern NARROWING = Pattern.compile("[a-z][a-z0-9.-]*\\s*(=|~|<|>)|\\{[a-z0-9.-]+}");
    private static final Pattern MOVE = Pattern.compile("\\smove\\s+(\\S+)");
    private static final Pattern DESTINATION = Pattern.compile("\\b(destination|place-before|place-after)=(\\S+)");
    /** The guide's example object names: a fix uses the router's own names, from the evidence. */
    private static final Pattern GUIDE_NAMES = Pattern.compile("(?<![\\w<-])(l2tp-pool|l2tp-prof)(?![\\w-])");

    private RuleLinter() {
    }

    /** Problems, one line each ("L2TP-X-001.yaml: ..."); empty when every rule is clean. */
    public static List<String> lint(List<Rule> rules, Path fixtures) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            String where = rule.file() + ": ";
            if (!ids.add(rule.id())) {
                problems.add(where + "duplicate id " + rule.id());
            }
            if (!ID.matcher(rule.id()).matches()) {
                problems.add(where + "id '" + rule.id() + "' is not of the form L2TP-AREA-NNN");
            }
            if (!rule.file().equals(rule.id() + ".yaml")) {
                problems.add(where + "file name must be " + rule.id() + ".yaml");
            }
            for (String variant : rule.fix().keySet()) {
                if (!variant.equals(Rule.FIX_DEFAULT) && !variant.equals(Rule.FIX_LEGACY_PEER)) {
                    problems.add(where + "unknown fix variant '" + variant + "'");
                }
            }
            rule.fix().forEach((variant, text) -> checkCommands(where + "fix." + variant, List.of(text.split("\n")), problems));
            rule.fix().forEach((variant, text) -> checkExactness(where + "fix." + variant, List.of(text.split("\n")), problems));
            checkVersions(where, rule, problems);
            checkValueVersions(where, rule, problems);
            checkCommands(where + "verify", rule.verify(), problems);
            for (Query q : rule.selections().values()) {
                if (q.menu().startsWith("/doctor ") && !Analyze.virtualMenus().contains(q.menu())
                        && !q.menu().equals(RuleEngine.SYMPTOM_MENU)) {
                    problems.add(where + "no analyzer provides " + q.menu());
                }
            }
            if (rule.references().isEmpty()) {
                problems.add(where + "cite the guide section or knowledge.md entry it stands on (references)");
            }
            if (rule.symptoms().isEmpty()) {
                problems.add(where + "give the symptoms users report (symptoms)");
            }
            if (rule.firesOn().isEmpty() || rule.silentOn().isEmpty()) {
                problems.add(where + "needs tests.fires and tests.silent fixtures");
            }
            if (fixtures != null) {
                for (String f : concat(rule.firesOn(), rule.silentOn())) {
                    if (!Files.isRegularFile(fixtures.resolve(f))) {
                        problems.add(where + "fixture " + f + " not found in " + fixtures);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * A fix uses only menus the router's version has: one that uses a menu the catalogue dates
     * ({@code since}, such as /ip ipsec identity from 6.43) needs a legacy-peer variant, which the
     * engine gives older routers, and that variant must not use such a menu. Commented lines count:
     * an admin pastes a commented alternative too, and on an old router it answers "bad command name".
     */
    static void checkVersions(String where, Rule rule, List<String> problems) {
        for (var variant : rule.fix().entrySet()) {
            boolean legacy = variant.getKey().equals(Rule.FIX_LEGACY_PEER);
            for (org.l2tpdoctor.model.Menu menu : Menus.ALL) {
                if (menu.since() == null || !usesMenu(variant.getValue(), menu.path())) {
                    continue;
                }
                if (legacy) {
                    problems.add(where + "fix.legacy-peer uses " + menu.path() + ", which routers before "
                            + menu.since().text() + " do not have");
                } else if (!rule.fix().containsKey(Rule.FIX_LEGACY_PEER)) {
                    problems.add(where + "fix." + variant.getKey() + " uses " + menu.path() + ", which RouterOS has only since "
                            + menu.since().text() + ": give a legacy-peer variant for older routers");
                }
            }
        }
    }

    /**
     * A fix sets only settings the router's version has: one the catalogue dates
     * ({@link PropertyValues#since}, caller-id-type from RouterOS 7) may not stand in the
     * legacy-peer variant (routers before 6.43), and in the default variant (6.43 and later) the
     * line, or the comment line above it, must name the version ("RouterOS 7 only"), since an
     * admin on 6.49 would paste it and meet "expected end of command". Commented lines count.
     */
    static void checkValueVersions(String where, Rule rule, List<String> problems) {
        for (var variant : rule.fix().entrySet()) {
            boolean legacy = variant.getKey().equals(Rule.FIX_LEGACY_PEER);
            String[] lines = variant.getValue().split("\n");
            for (int i = 0; i < lines.length; i++) {
                String command = lines[i].strip().replaceFirst("^#\\s*", "");
                org.l2tpdoctor.model.Menu menu = Menus.ALL.stream()
                        .filter(m -> command.startsWith(m.path() + " "))
                        .max(java.util.Comparator.comparingInt(m -> m.path().length())).orElse(null);
                if (menu == null) {
                    continue;
                }
                java.util.regex.Matcher kv = SETTING.matcher(command.substring(menu.path().length()));
                while (kv.find()) {
                    org.l2tpdoctor.model.RouterVersion since = PropertyValues.since(menu.path(), kv.group(1));
                    if (since == null) {
                        continue;
                    }
                    String said = lines[i] + (i > 0 ? " " + lines[i - 1] : "");
                    if (legacy) {
                        problems.add(where + "fix.legacy-peer sets " + kv.group(1) + ", which routers before "
                                + since.text() + " do not have");
                    } else if (!said.matches("(?s).*(RouterOS " + since.major() + "|v" + since.major() + ")\\b.*")) {
                        problems.add(where + "fix." + variant.getKey() + " sets " + kv.group(1) + ", which RouterOS has only since "
                                + since.text() + ": say so on the line or the comment above it (\"RouterOS " + since.major()
                                + " only\")");
                    }
                }
            }
        }
    }

    private static final java.util.regex.Pattern SETTING = java.util.regex.Pattern.compile("\\s([a-z][a-z0-9-]*)=");

    /** Whether a line of the fix (commented or not) is a command in that menu (not a deeper one). */
    private static boolean usesMenu(String fix, String path) {
        for (String line : fix.split("\n")) {
            String command = line.strip().replaceFirst("^#\s*", "");
            if (command.equals(path) || command.startsWith(path + " ")) {
                return true; // a print is a use too; a deeper menu (/ip ipsec identity-x) is another path
            }
        }
        return false;
    }

    private static void checkCommands(String where, List<String> lines, List<String> problems) {
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (ERRATUM_SA.matcher(text).find()) {
                problems.add(where + ": RouterOS has no " + ERRATUM + " menu, use " + Menus.INSTALLED_SA.path() + ": " + text);
            }
            if (ERRATUM_REQUIRE.matcher(text).find()) {
                problems.add(where + ": use-ipsec takes 'required', not 'require': " + text);
            }
            try {
                WhereParser.command(PLACEHOLDER.matcher(text).replaceAll("x"));
            } catch (RuleSyntaxError e) {
                problems.add(where + ": not a RouterOS command (" + e.getMessage() + ")");
            }
        }
    }

    /**
     * A fix changes only the objects in the evidence: every {@code [find ...]} is narrowed by a
     * property or a name (not bare, not just {@code !dynamic}), rules are placed and moved by
     * {@code [find ...]}, never by item numbers (an export's numbers are wrong on the live router),
     * and no guide example name stands in for the router's own.
     */
    static void checkExactness(String where, List<String> lines, List<String> problems) {
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            Matcher find = FIND.matcher(text);
            while (find.find()) {
                if (!NARROWING.matcher(find.group(1)).find()) {
                    problems.add(where + ": " + find.group() + " is not narrowed to a named object or a property "
                            + "from the evidence: " + text);
                }
            }
            Matcher move = MOVE.matcher(text);
            if (move.find() && !move.group(1).startsWith("[find")) {
                problems.add(where + ": move by item numbers; name the rules with [find where ...]: " + text);
            }
            Matcher destination = DESTINATION.matcher(text);
            while (destination.find()) {
                if (!destination.group(2).startsWith("[find")) {
                    problems.add(where + ": " + destination.group(1) + " by item number; name the rule with "
                            + "[find where ...]: " + text);
                }
            }
            Matcher guide = GUIDE_NAMES.matcher(text);
            if (guide.find()) {
                problems.add(where + ": '" + guide.group(1) + "' is the guide's example name; use the router's own "
                        + "(a placeholder filled from the evidence): " + text);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
