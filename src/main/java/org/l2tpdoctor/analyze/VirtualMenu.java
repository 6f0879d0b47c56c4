package org.l2tpdoctor.analyze;

import org.l2tpdoctor.model.Menu;

/**
 * A menu an analyzer produces ({@code /doctor ...}), and what to ask a user to paste when it is
 * missing: the command whose output it is derived from.
 */
record VirtualMenu(String path, String source) {
    /** Derived from this catalogued menu: its paste command is what to ask for. */
    static VirtualMenu from(String path, Menu source) {
        return new VirtualMenu(path, source.paste());
    }
}
