package org.l2tpdoctor.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.analyze.Analyze;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;
import org.l2tpdoctor.parse.MenuNames;

/**
 * Menu names as a user types them: the full path ({@code /ip ipsec policy}, {@code ip/ipsec/policy}),
 * or its shortest unique tail ({@code policy}, {@code installed-sa}, {@code attempt}, {@code ppp/profile}).
 */
final class Menus {
    private Menus() {
    }

    /** Menus the collector reads and the analyzers derive, plus those in the evidence. */
    static Set<String> known(Collection<String> inEvidence) {
        Set<String> menus = new LinkedHashSet<>(inEvidence);
        for (String command : CommandCatalogue.allCommands()) {
            menus.add(MenuNames.ofCommand("/", command));
        }
        menus.addAll(Analyze.virtualMenus());
        menus.add(org.l2tpdoctor.model.Menus.LOG.path());
        return menus;
    }

    /**
     * The one menu the text names, or a ShellError that says why there is none. A short name that
     * fits several menus means the one in the evidence, when only one of them is.
     */
    static String resolve(String text, Collection<String> known, Collection<String> present) throws ShellError {
        List<String> words = words(text);
        if (words.isEmpty()) {
            throw new ShellError("which menu? 'show' lists the menus in the evidence");
        }
        String full = MenuNames.normalise(String.join(" ", words));
        if (known.contains(full)) {
            return full;
        }
        List<String> tails = known.stream().filter(m -> endsWith(words(m), words)).toList();
        if (tails.size() == 1) {
            return tails.get(0);
        }
        List<String> presentTails = tails.stream().filter(present::contains).toList();
        if (presentTails.size() == 1) {
            return presentTails.get(0);
        }
        if (tails.size() > 1) {
            throw new ShellError("'" + text + "' could be " + String.join(", ", tails) + "; say which");
        }
        // The guide's "sa" and v6's "remote-peers" are IPsec menus by other names.
        String ipsec = MenuNames.normalise("/ip ipsec " + String.join(" ", words));
        if (known.contains(ipsec)) {
            return ipsec;
        }
        throw new ShellError("no menu '" + text + "'; 'show' lists the menus in the evidence");
    }

    /** Each menu's shortest unique tail, slash-joined so it stays one word: menu → short name. */
    static Map<String, String> shortNames(Collection<String> known) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String menu : known) {
            List<String> w = words(menu);
            String chosen = String.join("/", w);
            for (int n = 1; n <= w.size(); n++) {
                List<String> tail = w.subList(w.size() - n, w.size());
                long matches = known.stream().filter(m -> endsWith(words(m), tail)).count();
                if (matches == 1) {
                    chosen = String.join("/", tail);
                    break;
                }
            }
            names.put(menu, chosen);
        }
        return names;
    }

    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replace('/', ' ').trim().split("\\s+"))
                .filter(s -> !s.isEmpty()).toList();
    }

    private static boolean endsWith(List<String> menu, List<String> tail) {
        return tail.size() <= menu.size() && menu.subList(menu.size() - tail.size(), menu.size()).equals(tail);
    }

    /** The words that may follow {@code typed} in a menu path, for completing "/ip ipsec p". */
    static List<String> nextWords(List<String> typed, Collection<String> known) {
        List<String> next = new ArrayList<>();
        for (String menu : known) {
            List<String> w = words(menu);
            if (w.size() > typed.size() && w.subList(0, typed.size()).equals(typed)) {
                String word = w.get(typed.size());
                if (!next.contains(word)) {
                    next.add(word);
                }
            }
        }
        return next;
    }
}
