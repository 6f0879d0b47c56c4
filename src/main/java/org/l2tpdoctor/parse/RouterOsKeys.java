package org.l2tpdoctor.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words RouterOS writes in an export or a print of the menus l2tpdoctor reads: each menu's path
 * and its property keys ({@code routeros-keys.txt}, from MikroTik's manual and genuine output), the
 * command verbs, and the top-level menu words. {@link GluedWords} splits glued text only into these.
 * Loaded the first time a paste is looked at for glued words.
 */
final class RouterOsKeys {
    /** Verbs an export or a typed command puts after a menu path. */
    static final List<String> VERBS = List.of("add", "set", "remove", "print", "export");
    /** Verbs that start a new object in an export (its keys start afresh). */
    static final List<String> COMMAND_VERBS = List.of("add", "set", "remove");
    /** Menus under which RouterOS keeps every other menu (the first word of a path). */
    static final Set<String> TOP_LEVEL = Set.of("interface", "ip", "ipv6", "ppp", "system", "tool", "routing",
            "queue", "snmp", "certificate", "radius", "caps-man", "user", "log", "file", "disk", "port", "container");

    private static final class Loaded {
        static final Map<String, Set<String>> KEYS = load();
        /** Menu paths as their words, the longest first. */
        static final List<List<String>> MENUS = KEYS.keySet().stream()
                .map(path -> List.of(path.substring(1).split(" ")))
                .sorted(Comparator.comparingInt((List<String> w) -> w.size()).reversed())
                .toList();
    }

    private RouterOsKeys() {
    }

    /** Every menu the dictionary holds, path to keys. */
    static Map<String, Set<String>> all() {
        return Loaded.KEYS;
    }

    static List<List<String>> menus() {
        return Loaded.MENUS;
    }

    /** The keys of a menu, empty when the dictionary does not hold it. */
    static Set<String> keys(String menu) {
        return menu == null ? Set.of() : Loaded.KEYS.getOrDefault(menu, Set.of());
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        try (InputStream in = RouterOsKeys.class.getResourceAsStream("routeros-keys.txt")) {
            if (in == null) {
                throw new IllegalStateException("routeros-keys.txt is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                List<String> words = new ArrayList<>(List.of(line.substring(colon + 1).trim().split("\\s+")));
                keys.put(line.substring(0, colon).trim(), Set.copyOf(words));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(keys);
    }
}
