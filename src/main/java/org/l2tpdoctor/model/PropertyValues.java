package org.l2tpdoctor.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values RouterOS accepts for the few settings whose value is one of a known set and that the
 * rules decide on (MikroTik's L2TP and IPsec manuals). A value outside its set cannot come from a
 * router: it is a typo in a hand-typed paste ({@code use-ipsec: requird}), and read as it stands
 * it would be "not required" to every rule. The parse step reports it (file, line, column) and
 * does not take it as the setting's value, so the rules see the setting as unknown.
 */
public final class PropertyValues {
    private static final Set<String> YES_NO = Set.of("yes", "no");
    private static final Set<String> GENERATE_POLICY = Set.of("no", "port-override", "port-strict");

    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[,\\s]+");
    private static final Map<String, Map<String, Set<String>>> ONE_OF = Map.of(
            Menus.L2TP_SERVER.path(), Map.of("enabled", YES_NO, "use-ipsec", Set.of("no", "yes", "required", "require"),
                    "one-session-per-host", YES_NO, "allow-fast-path", YES_NO,
                    "caller-id-type", Set.of("ip-address", "number")),
            Menus.IPSEC_IDENTITY.path(), Map.of("generate-policy", GENERATE_POLICY),
            Menus.IPSEC_PEER.path(), Map.of("generate-policy", GENERATE_POLICY, "passive", YES_NO,
                    "nat-traversal", YES_NO,
                    "exchange-mode", Set.of("main", "aggressive", "base", "ike2", "main-l2tp")),
            Menus.IPSEC_PROFILE.path(), Map.of("nat-traversal", YES_NO),
            Menus.IPSEC_POLICY.path(), Map.of("level", Set.of("require", "unique", "use"),
                    "action", Set.of("discard", "encrypt", "none")));

    /** Settings whose value is a comma-separated list of members of a set. */
    private static final Map<String, Map<String, Set<String>>> LIST_OF = Map.of(
            Menus.L2TP_SERVER.path(), Map.of("authentication", Set.of("pap", "chap", "mschap1", "mschap2")));

    /**
     * Settings RouterOS has only since a version (knowledge.md, Default values: the L2TP server's
     * caller-id-type is a RouterOS 7 addition: "If same source IP address is used for multiple
     * clients set id type to number"). {@code rules lint} keeps fixes to them.
     */
    private static final Map<String, Map<String, RouterVersion>> SINCE = Map.of(
            Menus.L2TP_SERVER.path(), Map.of("caller-id-type", new RouterVersion(7, 0, "7", "knowledge.md")));

    private PropertyValues() {
    }

    /** The version since which {@code property} of {@code menu} exists, or null when every supported one has it. */
    public static RouterVersion since(String menu, String property) {
        return SINCE.getOrDefault(menu, Map.of()).get(property);
    }

    /**
     * The values {@code property} of {@code menu} takes, when they are a known set and
     * {@code value} is not among them (each member, for a list); empty otherwise. A value
     * RouterOS prints for "not set" or a variable ({@code ""}, {@code $x}) is left alone.
     */
    public static List<String> rejected(String menu, String property, String value) {
        if (value == null || value.isEmpty() || value.startsWith("$") || value.startsWith("[")) {
            return List.of();
        }
        // a copy that lost its line breaks can leave a neighbour's words after the value
        // ("no         allow", "pap   chap"): judged by its first word, a list by each member
        // split only for a property with a known set of values: most settings have none
        Set<String> one = ONE_OF.getOrDefault(menu, Map.of()).get(property);
        if (one != null) {
            String[] words = WORDS.split(value.strip());
            return words.length == 0 || one.contains(words[0]) ? List.of() : sorted(one);
        }
        Set<String> list = LIST_OF.getOrDefault(menu, Map.of()).get(property);
        if (list != null) {
            for (String member : WORDS.split(value.strip())) {
                if (!member.isEmpty() && !list.contains(member)) {
                    return sorted(list);
                }
            }
        }
        return List.of();
    }

    /** What the report says of a rejected value: "'requird' is not a value of use-ipsec (no, required, yes) ...". */
    public static String reason(String property, String value, List<String> allowed) {
        return "'" + value + "' is not a value of " + property + " (" + String.join(", ", allowed)
                + "): not read, so " + property + " counts as unknown";
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
