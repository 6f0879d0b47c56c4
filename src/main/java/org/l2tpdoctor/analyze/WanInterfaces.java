package org.l2tpdoctor.analyze;

import java.util.LinkedHashSet;
import java.util.Set;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * The interfaces the evidence shows face the internet: the one a DHCP client runs on, the
 * out-interface of a srcnat masquerade, a PPPoE client, a member of an interface list named WAN.
 * Empty when the paste shows none of these, and then nothing is assumed.
 */
final class WanInterfaces {
    private WanInterfaces() {
    }

    static Set<String> of(Snapshot s) {
        Set<String> wan = new LinkedHashSet<>();
        for (Row r : s.rows(Menus.DHCP_CLIENT)) {
            add(wan, r.is("disabled") ? null : r.get("interface"));
        }
        for (Row r : s.rows(Menus.FIREWALL_NAT)) {
            if ("srcnat".equals(r.get("chain")) && "masquerade".equals(r.get("action")) && !r.is("disabled")
                    && r.get("src-address") == null) {
                add(wan, r.get("out-interface"));
            }
        }
        for (Row r : s.rows(Menus.PPPOE_CLIENT)) {
            add(wan, r.is("disabled") ? null : r.get("name"));
        }
        for (Row r : s.rows(Menus.INTERFACE_LIST_MEMBER)) {
            String list = r.get("list");
            if (list != null && list.equalsIgnoreCase("WAN")) {
                add(wan, r.get("interface"));
            }
        }
        return wan;
    }

    private static void add(Set<String> wan, String name) {
        if (name != null && !name.isBlank() && !name.startsWith("!")) {
            wan.add(name);
        }
    }
}
