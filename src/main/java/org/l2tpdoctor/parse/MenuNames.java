package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.l2tpdoctor.model.Menus;

/**
 * Menu paths in one spelling: Menus.IPSEC_POLICY.path() for "ip/ipsec/policy", "/ip ipsec policy print
 * detail", or a prompt's current menu plus a relative command. Other spellings of a menu (the
 * guide's "sa", v6's "remote-peers") are folded into its path as the catalogue ({@code Menus}) names it.
 */
public final class MenuNames {
    private static final Set<String> VERBS = Set.of("print", "export", "add", "set", "remove", "flush",
            "move", "enable", "disable", "find", "get", "edit", "unset", "monitor", "kill-connections",
            "reset-counters", "reset-counters-all", "where");

    private MenuNames() {
    }

    /** The menu a command works on, made absolute against {@code currentMenu} ("/" when none). */
    public static String ofCommand(String currentMenu, String command) {
        String text = command.trim();
        String base = currentMenu == null || currentMenu.isBlank() ? "/" : normalise(currentMenu);
        List<String> words = new ArrayList<>();
        if (!text.startsWith("/")) {
            for (String w : base.split(" ")) {
                if (!w.isBlank() && !w.equals("/")) {
                    words.add(w.replace("/", ""));
                }
            }
        }
        for (String word : words(text)) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            if (VERBS.contains(w) || w.contains("=") || w.startsWith("[")) {
                break;
            }
            if (w.equals("..")) {
                if (!words.isEmpty()) {
                    words.remove(words.size() - 1);
                }
                continue;
            }
            words.add(w);
        }
        return alias("/" + String.join(" ", words));
    }

    /** "ip/ipsec/policy", "/ip ipsec policy " and "/ip/ipsec/policy" all give "/ip ipsec policy". */
    public static String normalise(String menu) {
        String joined = String.join(" ", words(menu));
        return alias("/" + joined.toLowerCase(Locale.ROOT));
    }

    private static String alias(String menu) {
        return Menus.canonical(menu);
    }

    /** The verb of a command ("print", "export"...), or "" when it has none. */
    public static String verbOf(String command) {
        for (String word : words(command)) {
            String w = word.toLowerCase(Locale.ROOT);
            if (VERBS.contains(w)) {
                return w;
            }
        }
        return "";
    }

    /**
     * The words of a menu path or command, slashes read as blanks: what splitting the trimmed text
     * at runs of {@code \s} gave, without a regular expression (every section of every router of
     * a fleet asks this two or three times).
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        // trim() first, as before: it also drops other control characters at either end
        int first = 0;
        int n = text.length();
        while (first < n && (text.charAt(first) <= ' ' || text.charAt(first) == '/')) {
            first++;
        }
        while (n > first && (text.charAt(n - 1) <= ' ' || text.charAt(n - 1) == '/')) {
            n--;
        }
        int start = -1;
        for (int i = first; i <= n; i++) {
            boolean blank = i == n || isBlank(text.charAt(i));
            if (blank && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** A slash, or what {@code \s} matches; trim()'s other control characters stay inside a word. */
    private static boolean isBlank(char c) {
        return c == '/' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
