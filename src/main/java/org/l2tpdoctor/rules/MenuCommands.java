package org.l2tpdoctor.rules;

import org.l2tpdoctor.analyze.Analyze;
import org.l2tpdoctor.model.Menu;
import org.l2tpdoctor.model.Menus;

/** The command whose output supplies a menu, for "not enough data: paste this". */
public final class MenuCommands {

    private MenuCommands() {
    }

    /** A virtual menu's source, a catalogued menu's paste command, else the menu's detailed print. */
    public static String printCommand(String menu) {
        String source = Analyze.sourceOf(menu);
        if (source != null) {
            return source;
        }
        Menu known = Menus.byPath(menu);
        return known != null ? known.paste() : menu + " print detail";
    }
}
