package org.l2tpdoctor.parse;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.l2tpdoctor.model.Menu;
import org.l2tpdoctor.model.Menus;

/**
 * Names the menu of a print whose command was not pasted, from the properties or columns it
 * shows: the first menu in the catalogue's recognition order one of whose shapes it prints.
 */
final class MenuGuesser {
    private MenuGuesser() {
    }

    /** A firewall print shows the same keys in every table; the chains tell NAT from filter. */
    static String firewallMenu(Collection<String> chains) {
        for (String chain : chains) {
            if (chain.equals("srcnat") || chain.equals("dstnat")) {
                return Menus.FIREWALL_NAT.path();
            }
            if (chain.equals("prerouting")) {
                return Menus.FIREWALL_RAW.path();
            }
        }
        return Menus.FIREWALL_FILTER.path();
    }

    static boolean isFirewall(String menu) {
        return Menus.FIREWALL_FILTER.path().equals(menu);
    }

    static String guess(Set<String> keys, Set<String> settings) {
        Set<String> all = new HashSet<>(keys);
        all.addAll(settings);
        for (Menu menu : Menus.RECOGNITION_ORDER) {
            for (Menu.Shape shape : menu.shapes()) {
                if (shape.settingsExactly() ? settings.equals(Set.copyOf(shape.all())) : all.containsAll(shape.all())) {
                    return menu.path();
                }
            }
        }
        return "/unknown";
    }
}
