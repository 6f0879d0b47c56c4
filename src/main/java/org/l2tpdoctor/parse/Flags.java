package org.l2tpdoctor.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A print's flag legend ("X - disabled, D - dynamic"), letter to name. Without a legend the
 * common RouterOS letters are assumed.
 */
final class Flags {
    private static final Map<Character, String> COMMON = Map.ofEntries(
            Map.entry('X', "disabled"), Map.entry('D', "dynamic"), Map.entry('I', "invalid"),
            Map.entry('A', "active"), Map.entry('T', "template"), Map.entry('R', "running"),
            Map.entry('*', "default"), Map.entry('B', "backup"), Map.entry('N', "natt-peer"),
            Map.entry('E', "esp"), Map.entry('H', "hw-aead"), Map.entry('S', "seen-traffic"),
            Map.entry('C', "connected"));

    private final Map<Character, String> legend = new HashMap<>();

    void define(String entry) {
        // "X - disabled", "S - SEEN-TRAFFIC"
        char letter = entry.charAt(0);
        int dash = entry.indexOf('-');
        String name = entry.substring(dash + 1).trim().toLowerCase(Locale.ROOT);
        legend.put(letter, name);
    }

    boolean hasLegend() {
        return !legend.isEmpty();
    }

    /** True when every character of {@code word} is a flag letter. */
    boolean isFlagWord(String word) {
        if (word.isEmpty() || word.length() > 8) {
            return false;
        }
        Map<Character, String> letters = hasLegend() ? legend : COMMON;
        for (char c : word.toCharArray()) {
            if (!letters.containsKey(c)) {
                return false;
            }
        }
        return true;
    }

    String name(char letter) {
        String name = hasLegend() ? legend.get(letter) : null;
        return name != null ? name : COMMON.getOrDefault(letter, String.valueOf(letter));
    }
}
