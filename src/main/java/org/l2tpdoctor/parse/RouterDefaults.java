package org.l2tpdoctor.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.model.RouterVersion;

/**
 * RouterOS factory values (knowledge.md §2). An export prints only what differs from them, so the
 * model fills them in: the objects every router has (the default IPsec profile, proposal and
 * policy template, the L2TP server settings, the two PPP profiles) and the values of new items.
 * Values on which the sources disagree (L2TP server authentication) are left unset on purpose.
 */
final class RouterDefaults {
    /** A built-in object: how an export's {@code set} finds it, and its values. */
    record Builtin(String menu, String selectorName, String exportId, List<String> flags, Map<String, String> values) {
    }

    private RouterDefaults() {
    }

    static List<Builtin> builtins(RouterVersion version) {
        boolean v6 = version.major() == 6;
        return List.of(
                new Builtin("/ip ipsec profile", "default", null, List.of("default"), map(
                        "name", "default", "hash-algorithm", "sha1", "enc-algorithm", "aes-128,3des",
                        "dh-group", "modp2048,modp1024", "lifetime", "1d", "proposal-check", "obey",
                        "nat-traversal", "yes", "dpd-interval", v6 ? "2m" : "8s",
                        "dpd-maximum-failures", v6 ? "5" : "4")),
                new Builtin("/ip ipsec proposal", "default", null, List.of("default"), map(
                        "name", "default", "auth-algorithms", "sha1",
                        "enc-algorithms", "aes-256-cbc,aes-192-cbc,aes-128-cbc", "lifetime", "30m",
                        "pfs-group", "modp1024")),
                new Builtin("/ip ipsec policy", null, "0", List.of("template", "default"), map(
                        "group", "default", "src-address", "::/0", "dst-address", "::/0", "protocol", "all",
                        "proposal", "default", "template", "yes")),
                new Builtin("/interface l2tp-server server", null, null, List.of(), map(
                        "enabled", "no", "use-ipsec", "no", "default-profile", "default-encryption",
                        "keepalive-timeout", "30", "max-mtu", "1450", "max-mru", "1450", "mrru", "disabled",
                        "max-sessions", "unlimited", "one-session-per-host", "no", "allow-fast-path", "no")),
                new Builtin("/ppp profile", "default", "*0", List.of("default"), map(
                        "name", "default", "use-encryption", "default", "only-one", "default", "change-tcp-mss", "yes")),
                new Builtin("/ppp profile", "default-encryption", "*FFFFFFFE", List.of("default"), map(
                        "name", "default-encryption", "use-encryption", "yes", "only-one", "default",
                        "change-tcp-mss", "yes")));
    }

    /** Values a newly added item has unless the export says otherwise. */
    static Map<String, String> forNewItem(String menu, Map<String, String> given) {
        return switch (menu) {
            case "/ip ipsec peer" -> map("exchange-mode", "main", "passive", "no", "port", "500",
                    "profile", "default", "send-initial-contact", "yes");
            case "/ip ipsec identity" -> map("auth-method", "pre-shared-key", "generate-policy", "no",
                    "policy-template-group", "default");
            case "/ip ipsec policy" -> "yes".equals(given.get("template"))
                    ? map("group", "default", "proposal", "default")
                    : map("action", "encrypt", "level", "require", "ipsec-protocols", "esp", "tunnel", "no",
                    "proposal", "default");
            case "/ip ipsec profile" -> map("hash-algorithm", "sha1", "nat-traversal", "yes", "proposal-check", "obey",
                    "lifetime", "1d");
            case "/ip firewall filter", "/ip firewall nat", "/ip firewall raw", "/ip firewall mangle" ->
                    map("action", "accept", "disabled", "no");
            case "/ppp secret" -> map("service", "any", "profile", "default", "disabled", "no");
            default -> Map.of();
        };
    }

    private static Map<String, String> map(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
