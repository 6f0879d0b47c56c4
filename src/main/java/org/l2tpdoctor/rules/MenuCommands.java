package org.l2tpdoctor.rules;

import java.util.Map;

/** The command whose output supplies a menu, for "not enough data: paste this". */
public final class MenuCommands {
    private static final Map<String, String> VIRTUAL = Map.of(
            "/doctor road-warrior-peer", "/ip ipsec peer print detail",
            "/doctor road-warrior-identity", "/ip ipsec identity print detail",
            "/doctor road-warrior-profile", "/ip ipsec profile print detail",
            "/doctor nat-group", "/ip ipsec active-peers print detail",
            "/log", "/log print where topics~\"ipsec|l2tp|ppp\"");

    private MenuCommands() {
    }

    public static String printCommand(String menu) {
        if (VIRTUAL.containsKey(menu)) {
            return VIRTUAL.get(menu);
        }
        if (menu.equals("/interface l2tp-server server") || menu.equals("/system resource")
                || menu.equals("/system identity")) {
            return menu + " print";
        }
        return menu + " print detail";
    }
}
