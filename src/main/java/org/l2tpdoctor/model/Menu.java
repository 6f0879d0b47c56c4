package org.l2tpdoctor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What l2tpdoctor knows about one RouterOS menu: its path and other spellings, whether it is a list
 * or one set of settings, the command {@code check} sends for it, what to tell a user to paste,
 * the shapes that recognise its print without a prompt, and its factory defaults. {@link Menus}
 * holds one per menu; the steps read them from there instead of knowing menus themselves.
 *
 * @param path       "/ip ipsec active-peers", as every step names the menu
 * @param aliases    other spellings folded into {@code path} ("/ip ipsec sa"), the v6 name among them
 * @param v6Path     the name RouterOS 6 gives the menu, when it differs (null: the same)
 * @param check      the command {@code check} sends on RouterOS 7 (null: check does not read it)
 * @param paste      the command to ask a user to paste for it
 * @param shapes     property sets that together only this menu prints, to name a print without a prompt
 * @param newItem    values a new item has unless an export says otherwise
 * @param newTemplate values a new template item has (policy templates), when they differ
 * @param builtins   the objects every router has in this menu, as an export finds them
 * @param wholeInExport an export lists every item, so a menu it does not mention has none
 * @param since      the first RouterOS version that has the menu (null: every version this tool reads)
 * @param counters   the command check also sends for the items' counters ({@code print stats}), null: none
 */
public record Menu(String path, Kind kind, List<String> aliases, String v6Path, String check, String paste,
                   List<Shape> shapes, Map<String, String> newItem, Map<String, String> newTemplate,
                   List<Builtin> builtins, boolean wholeInExport, RouterVersion since,
                   String counters) {

    /** A list of items, or the one set of settings a menu has. */
    public enum Kind { LIST, SETTINGS }

    /**
     * Properties (keys or column names) that together only this menu prints. With
     * {@code settingsExactly}, the print must show exactly these settings and nothing else.
     */
    public record Shape(List<String> all, boolean settingsExactly) {
    }

    /**
     * A built-in object: how an export's {@code set} finds it (by name, or by its export id), its
     * flags, its values, and the values RouterOS 6 gives it where they differ.
     */
    public record Builtin(String selectorName, String exportId, List<String> flags, Map<String, String> values,
                          Map<String, String> v6Values) {
        /** Its values on a router of this major version. */
        public Map<String, String> values(int major) {
            if (major != 6 || v6Values.isEmpty()) {
                return values;
            }
            Map<String, String> merged = new LinkedHashMap<>(values);
            merged.putAll(v6Values);
            return merged;
        }
    }

    /** A list menu whose print a user pastes as {@code path print detail}. */
    static Menu list(String path) {
        return new Menu(path, Kind.LIST, List.of(), null, null, path + " print detail", List.of(), Map.of(), Map.of(),
                List.of(), false, null, null);
    }

    /** A menu of settings, pasted as {@code path print}. */
    static Menu settings(String path) {
        return new Menu(path, Kind.SETTINGS, List.of(), null, null, path + " print", List.of(), Map.of(), Map.of(),
                List.of(), false, null, null);
    }

    /** check sends {@code path} followed by {@code words}. */
    Menu checked(String words) {
        return new Menu(path, kind, aliases, v6Path, path + " " + words, paste, shapes, newItem, newTemplate,
                builtins, wholeInExport, since, counters);
    }

    /**
     * check also reads the items' counters: {@code print stats} shows each rule's bytes and packets,
     * which {@code print detail} of a firewall table does not; analysis joins the two by item number.
     */
    Menu counted() {
        return new Menu(path, kind, aliases, v6Path, check, paste, shapes, newItem, newTemplate, builtins, wholeInExport,
                since, path + " print stats without-paging");
    }

    /** A user is asked to paste {@code path} followed by {@code words}. */
    Menu pasted(String words) {
        return new Menu(path, kind, aliases, v6Path, check, path + " " + words, shapes, newItem, newTemplate,
                builtins, wholeInExport, since, counters);
    }

    Menu alias(String other) {
        return new Menu(path, kind, plus(aliases, other), v6Path, check, paste, shapes, newItem, newTemplate,
                builtins, wholeInExport, since, counters);
    }

    Menu v6(String name) {
        return new Menu(path, kind, plus(aliases, name), name, check, paste, shapes, newItem, newTemplate,
                builtins, wholeInExport, since, counters);
    }

    Menu shape(String... all) {
        return new Menu(path, kind, aliases, v6Path, check, paste, plus(shapes, new Shape(List.of(all), false)),
                newItem, newTemplate, builtins, wholeInExport, since, counters);
    }

    Menu shapeOfSettingsExactly(String... all) {
        return new Menu(path, kind, aliases, v6Path, check, paste, plus(shapes, new Shape(List.of(all), true)),
                newItem, newTemplate, builtins, wholeInExport, since, counters);
    }

    Menu newItem(String... pairs) {
        return new Menu(path, kind, aliases, v6Path, check, paste, shapes, map(pairs), newTemplate, builtins,
                wholeInExport, since, counters);
    }

    Menu newTemplate(String... pairs) {
        return new Menu(path, kind, aliases, v6Path, check, paste, shapes, newItem, map(pairs), builtins,
                wholeInExport, since, counters);
    }

    Menu builtin(String selectorName, String exportId, List<String> flags, Map<String, String> values,
                 Map<String, String> v6Values) {
        return new Menu(path, kind, aliases, v6Path, check, paste, shapes, newItem, newTemplate,
                plus(builtins, new Builtin(selectorName, exportId, flags, values, v6Values)), wholeInExport, since, counters);
    }

    Menu listedWholeInExport() {
        return new Menu(path, kind, aliases, v6Path, check, paste, shapes, newItem, newTemplate, builtins, true, since, counters);
    }

    /** The menu arrived in this RouterOS version ("6.43"): older routers answer "bad command name". */
    Menu since(String version) {
        return new Menu(path, kind, aliases, v6Path, check, paste, shapes, newItem, newTemplate, builtins, wholeInExport,
                RouterVersion.parse(version, "the menu catalogue"), counters);
    }

    /** Whether a router of this version has the menu; an unknown version is given the benefit of the doubt. */
    public boolean existsIn(RouterVersion version) {
        return since == null || !version.known() || version.atLeast(since);
    }

    /** The command check sends on a router of this major version (RouterOS 6 may name the menu otherwise). */
    public String check(int major) {
        return major == 6 && v6Path != null && check != null ? v6Path + check.substring(path.length()) : check;
    }

    /** Every command check sends for the menu on a router of this major version: its print, then its counters. */
    public List<String> checks(int major) {
        String print = check(major);
        if (print == null) {
            return List.of();
        }
        return counters == null ? List.of(print) : List.of(print, counters);
    }

    /** The values a new item has, given the values an export's {@code add} sets. */
    public Map<String, String> newItem(Map<String, String> given) {
        return !newTemplate.isEmpty() && "yes".equals(given.get("template")) ? newTemplate : newItem;
    }

    static Map<String, String> map(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> all = new ArrayList<>(list);
        all.add(item);
        return List.copyOf(all);
    }
}
