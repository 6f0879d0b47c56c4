package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.SharedFiles;
import org.l2tpdoctor.model.Menu;
import org.l2tpdoctor.model.Menus;

/**
 * The glued-words dictionary holds the catalogue: every menu an export can set (not the print-only
 * tables, the log, the resource and identity prints), every key the catalogue names for it, and
 * every key genuine exports in ../shared/corpus set in those menus.
 */
class RouterOsKeysTest {
    /** Menus that only print (no export sets them): the dictionary need not hold them. */
    private static final Set<String> PRINT_ONLY = Set.of("/system resource", "/ip ipsec installed-sa",
            "/ip ipsec active-peers", "/ppp active", "/log", "/ip pool used");

    @Test
    void everyCataloguedMenuAndKeyIsInTheDictionary() {
        List<String> missing = new ArrayList<>();
        for (Menu menu : Menus.ALL) {
            if (PRINT_ONLY.contains(menu.path())) {
                continue;
            }
            Set<String> keys = RouterOsKeys.keys(menu.path());
            if (keys.isEmpty()) {
                missing.add(menu.path());
                continue;
            }
            Set<String> named = new TreeSet<>(menu.newItem().keySet());
            menu.builtins().forEach(b -> named.addAll(b.values().keySet()));
            menu.shapes().forEach(shape -> named.addAll(shape.all()));
            named.removeIf(key -> !keys.contains(key) && !settable(key));
            for (String key : named) {
                if (!keys.contains(key)) {
                    missing.add(menu.path() + " " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Properties a print shows that no command sets (counters, states): not export keys. */
    private static boolean settable(String key) {
        return !Set.of("ph2-count", "ph2-total", "state", "uptime", "template", "sa-src-address", "encoding",
                "client-address", "orig-mac-address", "board-name", "version", "invalid", "dynamic").contains(key);
    }

    private static final Pattern KEY = Pattern.compile("(?:^|\\s)([a-z][a-z0-9-]*)=");

    @Test
    void everyKeyTheCorpusExportsSetInACataloguedMenuIsInTheDictionary() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedFiles.corpus())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".rsc")).toList()) {
                String menu = null;
                for (String line : Files.readString(file).replace("\\\n    ", "").split("\n")) {
                    if (line.startsWith("/")) {
                        menu = line.strip();
                        continue;
                    }
                    Set<String> keys = RouterOsKeys.keys(menu);
                    if (line.startsWith("#") || keys.isEmpty()) {
                        continue;
                    }
                    // quoted values and [ find ... ] selectors hold no key the command sets
                    Matcher m = KEY.matcher(line.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("\\[[^\\]]*\\]", "[]"));
                    while (m.find()) {
                        if (!keys.contains(m.group(1))) {
                            missing.add(file.getFileName() + ": " + menu + " " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
