package org.l2tpdoctor.parse;

import java.util.List;
import java.util.Set;

/**
 * Names the menu of a print whose command was not pasted, from the properties or columns it
 * shows. Each signature lists properties that together only that menu prints.
 */
final class MenuGuesser {
    private record Signature(String menu, List<String> all) {
    }

    // Most specific first.
    private static final List<Signature> SIGNATURES = List.of(
            new Signature("/ip ipsec installed-sa", List.of("spi")),
            new Signature("/ip ipsec active-peers", List.of("ph2-total")),
            new Signature("/ip ipsec active-peers", List.of("state", "uptime", "remote-address")),
            new Signature("/ip ipsec policy", List.of("sa-src-address")),
            new Signature("/ip ipsec policy", List.of("template")),
            new Signature("/ip ipsec policy", List.of("ph2-count")),
            new Signature("/ip ipsec policy", List.of("tunnel", "level")),
            new Signature("/ip ipsec peer", List.of("exchange-mode")),
            new Signature("/ip ipsec peer", List.of("passive", "address")),
            new Signature("/ip ipsec identity", List.of("auth-method")),
            new Signature("/ip ipsec identity", List.of("generate-policy", "peer")),
            new Signature("/ip ipsec proposal", List.of("pfs-group")),
            new Signature("/ip ipsec proposal", List.of("auth-algorithms")),
            new Signature("/ip ipsec profile", List.of("dh-group")),
            new Signature("/ip ipsec profile", List.of("nat-traversal", "dpd-interval")),
            new Signature("/interface l2tp-client", List.of("connect-to")),
            new Signature("/interface l2tp-server server", List.of("use-ipsec", "default-profile")),
            new Signature("/interface l2tp-server server", List.of("use-ipsec", "max-mtu")),
            new Signature("/interface l2tp-server", List.of("client-address")),
            new Signature("/ppp active", List.of("caller-id", "uptime")),
            new Signature("/ppp active", List.of("service", "encoding")),
            new Signature("/ppp active", List.of("service", "address", "uptime")),
            new Signature("/ppp secret", List.of("service", "password")),
            new Signature("/ppp secret", List.of("service", "profile")),
            new Signature("/ppp profile", List.of("use-encryption")),
            new Signature("/ppp profile", List.of("only-one")),
            new Signature("/ip pool", List.of("ranges")),
            new Signature("/system resource", List.of("board-name")),
            new Signature("/system resource", List.of("version", "uptime")),
            new Signature("/system logging", List.of("topics", "action")));

    private MenuGuesser() {
    }

    /** A firewall print shows the same keys in every table; the chains tell NAT from filter. */
    static String firewallMenu(java.util.Collection<String> chains) {
        for (String chain : chains) {
            if (chain.equals("srcnat") || chain.equals("dstnat")) {
                return "/ip firewall nat";
            }
            if (chain.equals("prerouting")) {
                return "/ip firewall raw";
            }
        }
        return "/ip firewall filter";
    }

    static String guess(Set<String> keys, Set<String> settings) {
        Set<String> all = new java.util.HashSet<>(keys);
        all.addAll(settings);
        for (Signature s : SIGNATURES) {
            if (all.containsAll(s.all())) {
                return s.menu();
            }
        }
        if (all.contains("chain")) {
            return "/ip firewall filter";
        }
        if (settings.size() == 1 && settings.contains("name")) {
            return "/system identity";
        }
        return "/unknown";
    }
}
