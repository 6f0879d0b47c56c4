package org.l2tpdoctor.cli;

import java.util.List;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.report.PluginOutput;

/**
 * The monitoring-plugin convention for failures before a check runs: a command line with
 * {@code --format nagios} that cannot be run (an unknown option, a bad value) exits 3 UNKNOWN
 * with one status line on standard output, the only stream Nagios, Icinga and Checkmk show,
 * instead of the usual exit 2 and a usage text on standard error.
 */
final class PluginMode {
    private PluginMode() {
    }

    static boolean requested(String[] args) {
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--format=nagios") || a.equals("--format") && i + 1 < list.size() && list.get(i + 1).equals("nagios")) {
                return true;
            }
        }
        return false;
    }

    /** Prints the UNKNOWN status line and returns its exit code. */
    static int unknown(String why, Io io) {
        PluginOutput.unknown(why).print(io.out());
        return PluginOutput.UNKNOWN;
    }
}
