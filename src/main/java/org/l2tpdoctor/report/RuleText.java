package org.l2tpdoctor.report;

import java.io.PrintWriter;
import org.l2tpdoctor.rules.Rule;

/** A rule explained in full, for {@code rules show} and the shell's {@code explain}. */
public final class RuleText {
    private RuleText() {
    }

    public static void print(Rule r, PrintWriter out) {
        out.println(r.id() + "  " + r.title() + "  [" + r.level().label() + "]");
        out.println();
        section(out, "Symptoms", String.join("; ", r.symptoms()));
        StringBuilder detection = new StringBuilder();
        r.selections().forEach((name, q) -> detection.append(name).append(": ").append(q.text()).append('\n'));
        section(out, "Detection", detection.toString().strip());
        section(out, "Why", r.why());
        r.fix().forEach((variant, text) -> section(out, variant.equals(Rule.FIX_DEFAULT) ? "Fix"
                : "Fix on RouterOS before 6.43 (settings on /ip ipsec peer)", text));
        section(out, "Verify", String.join("\n", r.verify()));
        section(out, "On the client", String.join("\n", r.client()));
        section(out, "References", String.join("\n", r.references()));
        section(out, "Fixtures", "fires on " + String.join(", ", r.firesOn()) + "\nsilent on " + String.join(", ", r.silentOn()));
        out.flush();
    }

    private static void section(PrintWriter out, String title, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        out.println(title + ":");
        text.lines().forEach(l -> out.println("  " + l));
        out.println();
    }
}
