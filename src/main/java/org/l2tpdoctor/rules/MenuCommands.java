package org.l2tpdoctor.rules;


/** The command whose output supplies a menu, for "not enough data: paste this". */
public final class MenuCommands {

    private MenuCommands() {
    }

    public static String printCommand(String menu) {
        String source = org.l2tpdoctor.analyze.Analyze.sourceOf(menu);
        if (source != null) {
            return source;
        }
        if (menu.equals("/interface l2tp-server server") || menu.equals("/system resource")
                || menu.equals("/system identity")) {
            return menu + " print";
        }
        return menu + " print detail";
    }
}
