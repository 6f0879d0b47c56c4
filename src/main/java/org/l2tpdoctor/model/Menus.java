package org.l2tpdoctor.model;

import java.util.List;
import java.util.Map;

/**
 * The catalogue: every RouterOS menu l2tpdoctor reads, one entry each (factory values from
 * knowledge.md §2). Collection, parsing, analysis and the rules' "paste this" take what they know
 * about a menu from here. Adding a menu is one entry below, plus its tests.
 */
public final class Menus {
    /** The topics whose log records l2tpdoctor reads. */
    public static final String LOG_TOPICS = "topics~\"ipsec|l2tp|ppp\"";

    private static final String DETAIL = "print detail without-paging";
    private static final String DEFAULT_ROUTE = "dst-address=0.0.0.0/0";
    private static final String DEFAULT_ROUTES = DETAIL + " where " + DEFAULT_ROUTE;

    // Read first by check: its version line picks the RouterOS 6 or 7 commands.
    public static final Menu SYSTEM_RESOURCE = Menu.settings("/system resource").checked("print")
            .shape("board-name").shape("version", "uptime");
    public static final Menu SYSTEM_IDENTITY = Menu.settings("/system identity").checked("print")
            .shapeOfSettingsExactly("name");
    public static final Menu INSTALLED_SA = Menu.list("/ip ipsec installed-sa").alias("/ip ipsec sa").checked(DETAIL)
            .pasted("print").shape("spi");
    public static final Menu IPSEC_POLICY = Menu.list("/ip ipsec policy").checked(DETAIL)
            .shape("sa-src-address").shape("template").shape("ph2-count").shape("tunnel", "level")
            .newItem("action", "encrypt", "level", "require", "ipsec-protocols", "esp", "tunnel", "no", "proposal", "default")
            .newTemplate("group", "default", "proposal", "default")
            .builtin(null, "0", List.of("template", "default"), Menu.map("group", "default", "src-address", "::/0",
                    "dst-address", "::/0", "protocol", "all", "proposal", "default", "template", "yes"), Map.of())
            .listedWholeInExport();
    // Identity and profile exist only from 6.43 (before, their settings lived on the peer); older
    // routers answer "bad command name", which the collector expects there, so one v6 list serves every v6.
    public static final Menu IPSEC_IDENTITY = Menu.list("/ip ipsec identity").since("6.43").checked(DETAIL)
            .shape("auth-method").shape("generate-policy", "peer")
            .newItem("auth-method", "pre-shared-key", "generate-policy", "no", "policy-template-group", "default")
            .listedWholeInExport();
    public static final Menu IPSEC_PROFILE = Menu.list("/ip ipsec profile").since("6.43").alias("/ip ipsec peer profile")
            .checked(DETAIL).shape("dh-group").shape("nat-traversal", "dpd-interval")
            .newItem("hash-algorithm", "sha1", "nat-traversal", "yes", "proposal-check", "obey", "lifetime", "1d")
            .builtin("default", null, List.of("default"), Menu.map("name", "default", "hash-algorithm", "sha1",
                    "enc-algorithm", "aes-128,3des", "dh-group", "modp2048,modp1024", "lifetime", "1d",
                    "proposal-check", "obey", "nat-traversal", "yes", "dpd-interval", "8s", "dpd-maximum-failures", "4"),
                    Menu.map("dpd-interval", "2m", "dpd-maximum-failures", "5"))
            .listedWholeInExport();
    public static final Menu IPSEC_PEER = Menu.list("/ip ipsec peer").checked(DETAIL)
            .shape("exchange-mode").shape("passive", "address")
            .newItem("exchange-mode", "main", "passive", "no", "port", "500", "profile", "default",
                    "send-initial-contact", "yes")
            .listedWholeInExport();
    public static final Menu IPSEC_PROPOSAL = Menu.list("/ip ipsec proposal").checked(DETAIL)
            .shape("pfs-group").shape("auth-algorithms")
            .builtin("default", null, List.of("default"), Menu.map("name", "default", "auth-algorithms", "sha1",
                    "enc-algorithms", "aes-256-cbc,aes-192-cbc,aes-128-cbc", "lifetime", "30m", "pfs-group", "modp1024"),
                    Map.of())
            .listedWholeInExport();
    // v6 names the same table remote-peers; the snapshot step folds it into active-peers.
    public static final Menu ACTIVE_PEERS = Menu.list("/ip ipsec active-peers").v6("/ip ipsec remote-peers")
            .checked(DETAIL).shape("ph2-total").shape("state", "uptime", "remote-address");
    public static final Menu PPP_ACTIVE = Menu.list("/ppp active").checked(DETAIL)
            .shape("caller-id", "uptime").shape("service", "encoding").shape("service", "address", "uptime");
    public static final Menu PPP_SECRET = Menu.list("/ppp secret").checked(DETAIL)
            .shape("service", "password").shape("service", "profile")
            .newItem("service", "any", "profile", "default", "disabled", "no")
            .listedWholeInExport();
    public static final Menu PPP_PROFILE = Menu.list("/ppp profile").checked(DETAIL)
            .shape("use-encryption").shape("only-one")
            .builtin("default", "*0", List.of("default"), Menu.map("name", "default", "use-encryption", "default",
                    "only-one", "default", "change-tcp-mss", "yes"), Map.of())
            .builtin("default-encryption", "*FFFFFFFE", List.of("default"), Menu.map("name", "default-encryption",
                    "use-encryption", "yes", "only-one", "default", "change-tcp-mss", "yes"), Map.of())
            .listedWholeInExport();
    public static final Menu IP_POOL = Menu.list("/ip pool").checked(DETAIL).pasted("print").shape("ranges")
            .listedWholeInExport();
    // The router's own addresses. Not whole in an export: a DHCP client's address is dynamic.
    public static final Menu IP_ADDRESS = Menu.list("/ip address").checked(DETAIL)
            .shape("address", "network", "interface");
    // Authentication is left unset on purpose: the sources disagree on its factory value.
    public static final Menu L2TP_SERVER = Menu.settings("/interface l2tp-server server").checked("print")
            .shape("use-ipsec", "default-profile").shape("use-ipsec", "max-mtu")
            .builtin(null, null, List.of(), Menu.map("enabled", "no", "use-ipsec", "no",
                    "default-profile", "default-encryption", "keepalive-timeout", "30", "max-mtu", "1450",
                    "max-mru", "1450", "mrru", "disabled", "max-sessions", "unlimited", "one-session-per-host", "no",
                    "allow-fast-path", "no"), Map.of());
    public static final Menu L2TP_SERVER_INTERFACES = Menu.list("/interface l2tp-server").checked(DETAIL)
            .shape("client-address").listedWholeInExport();
    // check reads the filter and raw rules' counters too (print stats, joined to the detail print by
    // item number): a drop that counted packets is evidence that clients meet it, none that they have not yet.
    public static final Menu FIREWALL_FILTER = firewall("/ip firewall filter").checked(DETAIL).counted().shape("chain")
            .listedWholeInExport();
    public static final Menu FIREWALL_NAT = firewall("/ip firewall nat").checked(DETAIL).listedWholeInExport();
    public static final Menu FIREWALL_RAW = firewall("/ip firewall raw").checked(DETAIL).counted().listedWholeInExport();
    public static final Menu SYSTEM_LOGGING = Menu.list("/system logging").checked(DETAIL).shape("topics", "action");
    // The LAN side, for what happens after connect: which bridge an interface belongs to, and the
    // ARP mode of the interface that holds a LAN address (a client numbered inside the LAN is
    // reachable from it only through proxy-arp there).
    public static final Menu BRIDGE = Menu.list("/interface bridge").checked(DETAIL).shape("arp", "protocol-mode")
            .newItem("arp", "enabled").listedWholeInExport();
    public static final Menu BRIDGE_PORT = Menu.list("/interface bridge port").checked(DETAIL).shape("bridge", "interface", "pvid")
            .listedWholeInExport();
    // Ethernet ports always exist, so an export lists only those it changes ("set [ find default-name=ether2 ]").
    public static final Menu ETHERNET = Menu.list("/interface ethernet").checked(DETAIL).shape("default-name", "orig-mac-address");
    // Whether the router answers the DNS queries of clients that were given its own address as DNS.
    // No factory value here: an export that does not mention it may be a partial one.
    public static final Menu IP_DNS = Menu.settings("/ip dns").checked("print").shape("allow-remote-requests", "servers");
    // Which interfaces a firewall rule's in-interface-list= names (WAN, LAN, a list that includes dynamic).
    public static final Menu INTERFACE_LIST = Menu.list("/interface list").checked(DETAIL);
    public static final Menu INTERFACE_LIST_MEMBER = Menu.list("/interface list member").checked(DETAIL);
    // Whether the router is its LAN hosts' gateway: its own default routes, and what DHCP tells the LAN.
    // Only the default routes (of every routing table, static, DHCP or BGP): a concentrator may carry a
    // full BGP table, hundreds of thousands of routes, which a plain print would send back whole. The
    // same where form reads on RouterOS 6 and 7. An export still lists every static route.
    public static final Menu IP_ROUTE = Menu.list("/ip route").checked(DEFAULT_ROUTES).pasted("print detail where "
            + DEFAULT_ROUTE).listedWholeInExport();
    public static final Menu DHCP_SERVER_NETWORK = Menu.list("/ip dhcp-server network").checked(DETAIL)
            .listedWholeInExport();
    public static final Menu LOG = Menu.list("/log").checked(DETAIL + " where " + LOG_TOPICS)
            .pasted("print where " + LOG_TOPICS);

    // Read when pasted; check does not ask for them.
    public static final Menu FIREWALL_MANGLE = firewall("/ip firewall mangle");
    public static final Menu IP_POOL_USED = Menu.list("/ip pool used").pasted("print");
    public static final Menu L2TP_CLIENT = Menu.list("/interface l2tp-client").shape("connect-to");
    // What faces the internet: a DHCP or PPPoE client, a member of the interface list named WAN.
    public static final Menu DHCP_CLIENT = Menu.list("/ip dhcp-client");
    public static final Menu PPPOE_CLIENT = Menu.list("/interface pppoe-client");

    /** Every menu; those check reads in the order it reads them. */
    public static final List<Menu> ALL = List.of(SYSTEM_RESOURCE, SYSTEM_IDENTITY, INSTALLED_SA, IPSEC_POLICY,
            IPSEC_IDENTITY, IPSEC_PROFILE, IPSEC_PEER, IPSEC_PROPOSAL, ACTIVE_PEERS, PPP_ACTIVE, PPP_SECRET, PPP_PROFILE,
            IP_POOL, IP_ADDRESS, L2TP_SERVER, L2TP_SERVER_INTERFACES, FIREWALL_FILTER, FIREWALL_NAT, FIREWALL_RAW,
            SYSTEM_LOGGING, BRIDGE, BRIDGE_PORT, ETHERNET, IP_DNS, INTERFACE_LIST, INTERFACE_LIST_MEMBER, IP_ROUTE,
            DHCP_SERVER_NETWORK, LOG, FIREWALL_MANGLE, IP_POOL_USED, L2TP_CLIENT, DHCP_CLIENT, PPPOE_CLIENT);

    /**
     * The order in which shapes name a print without a prompt: the most specific first. A v6 peer
     * prints auth-method and dh-group too, so the peer is tried before the identity and the
     * profile; a firewall print shows only the keys every firewall table shares, so it comes last.
     */
    public static final List<Menu> RECOGNITION_ORDER = List.of(INSTALLED_SA, ACTIVE_PEERS, IPSEC_POLICY, IPSEC_PEER,
            IPSEC_IDENTITY, IPSEC_PROPOSAL, IPSEC_PROFILE, L2TP_CLIENT, L2TP_SERVER, L2TP_SERVER_INTERFACES, PPP_ACTIVE,
            PPP_SECRET, PPP_PROFILE, IP_POOL, IP_ADDRESS, BRIDGE_PORT, BRIDGE, ETHERNET, IP_DNS, SYSTEM_RESOURCE, SYSTEM_LOGGING,
            FIREWALL_FILTER, SYSTEM_IDENTITY);

    private Menus() {
    }

    /** The catalogue's entry for a path (after aliases are folded), or null when it holds none. */
    public static Menu byPath(String path) {
        for (Menu m : ALL) {
            if (m.path().equals(path)) {
                return m;
            }
        }
        return null;
    }

    /** The path an alias or v6 name stands for, or the path itself. */
    public static String canonical(String path) {
        for (Menu m : ALL) {
            if (m.aliases().contains(path)) {
                return m.path();
            }
        }
        return path;
    }

    /** The firewall tables print the same keys; their chains tell them apart (the parse step does). */
    private static Menu firewall(String path) {
        return Menu.list(path).newItem("action", "accept", "disabled", "no");
    }
}
