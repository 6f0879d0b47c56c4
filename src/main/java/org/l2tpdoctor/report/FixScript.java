package org.l2tpdoctor.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.text.TerminalText;

/**
 * {@code --fix-script FILE.rsc}: the report's "Do this first" plan as one RouterOS script for the
 * admin to review and run — never run by l2tpdoctor. Safe to run as a whole: a backup export
 * first, then only changes (each once, an {@code add} guarded so a second run adds nothing,
 * alternatives and values still to fill in commented out), the SA flush last, and the checks
 * afterwards as comments.
 */
public final class FixScript {
    private FixScript() {
    }

    /**
     * Writes the script to a new file, dated now; never overwrites one (a script someone reviewed
     * must not change under them).
     */
    public static void write(Path file, Diagnosis d) throws java.io.IOException {
        write(file, d, s -> s);
    }

    /** As {@link #write(Path, Diagnosis)}, the script passed through {@code redact} (--redact) first. */
    public static void write(Path file, Diagnosis d, java.util.function.UnaryOperator<String> redact) throws java.io.IOException {
        Files.writeString(file, redact.apply(of(d, ZonedDateTime.now())), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }

    public static String of(Diagnosis d, ZonedDateTime now) {
        Snapshot s = d.snapshot();
        Answer answer = Answer.of(d);
        String stamp = now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        List<String> out = new ArrayList<>();
        out.add("# l2tpdoctor fix script, " + now.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + s.identity().map(id -> " for " + TerminalText.safe(id)).orElse("")
                + (s.version().known() ? " (RouterOS " + s.version().text() + ")" : ""));
        answer.verdict().forEach(v -> out.add("# " + TerminalText.safe(v)));
        if (answer.plan().isEmpty()) {
            out.add("# Nothing to change: no error or warning needs a change on the router.");
            return String.join("\n", out) + "\n";
        }
        out.add("# Review every line before you run it; l2tpdoctor never runs it for you.");
        out.add("# Run it by pasting it into a terminal, or upload it and: /import file-name=<this file>");
        out.add("# Backup of the configuration as it is now:");
        out.add("/export file=before-l2tpdoctor-" + stamp);
        out.addAll(answer.plan().scriptLines());
        out.add("# Check afterwards" + (answer.clients() >= 0 ? " (" + Afterwards.plural(answer.clients(), "client") + ")" : "") + ":");
        for (Afterwards.Check c : answer.afterwards()) {
            out.add("#   " + c.command() + (c.expect().isEmpty() ? "" : "  -> " + c.expect()));
        }
        return String.join("\n", out.stream().map(FixScript::runnable).toList()) + "\n";
    }

    /**
     * A line as the script may hold it: one that names an object with control, bidi or zero-width
     * characters in it cannot be pasted safely (the terminal would act on them) nor be exact (what
     * the terminal shows is not the name), so it is shown escaped and commented out.
     */
    private static String runnable(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (TerminalText.unsafe(line.charAt(i)) || line.charAt(i) == '\n') {
                return line.startsWith("#") ? TerminalText.safe(line)
                        : "# NOT RUN: a name holds control characters (shown escaped); fix it by hand: "
                        + TerminalText.safe(line);
            }
        }
        return line;
    }
}
