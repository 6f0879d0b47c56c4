package org.l2tpdoctor.report;

import org.l2tpdoctor.text.TerminalText;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Outcome;

/**
 * {@code --fix-script FILE.rsc}: every finding's fix as one RouterOS script for the admin to
 * review and run — never run by l2tpdoctor. It starts with a backup export, comments each block
 * with its finding and evidence, writes each command once, moves the SA flush (which drops every
 * tunnel) to the very end, and comments out any line that still needs a value filled in.
 */
public final class FixScript {
    private static final String FLUSH = Menus.INSTALLED_SA.path() + " flush";

    private FixScript() {
    }

    /**
     * Writes the script to a new file, dated now; never overwrites one (a script someone reviewed
     * must not change under them).
     */
    public static void write(java.nio.file.Path file, Diagnosis d) throws java.io.IOException {
        java.nio.file.Files.writeString(file, of(d, ZonedDateTime.now()),
                java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
    }

    public static String of(Diagnosis d, ZonedDateTime now) {
        Snapshot s = d.snapshot();
        String stamp = now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        List<String> out = new ArrayList<>();
        out.add("# l2tpdoctor fix script, " + now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + s.identity().map(id -> " for " + TerminalText.safe(id)).orElse("")
                + (s.version().known() ? " (RouterOS " + s.version().text() + ")" : ""));
        out.add("# Review every line before you run it; l2tpdoctor never runs it for you.");
        out.add("# Run it by pasting it into a terminal, or upload it and: /import file-name=<this file>");
        out.add("#");
        out.add("# 1. Backup of the configuration as it is now:");
        out.add("/export file=before-l2tpdoctor-" + stamp);
        Set<String> written = new LinkedHashSet<>();
        boolean flush = false;
        int step = 2;
        for (Outcome.Finding f : d.findings()) {
            out.add("#");
            out.add("# " + step++ + ". " + f.rule().id() + " (" + f.level().label() + "): " + f.rule().title());
            for (Row row : f.evidence().stream().limit(3).toList()) {
                out.add("#    evidence " + TerminalText.safe(row.origin().toString()) + ": " + abbreviate(RowText.of(row)));
            }
            for (String line : f.fix().split("\n")) {
                String command = line.strip();
                if (command.isEmpty()) {
                    continue;
                }
                if (command.startsWith("#")) {
                    if (!command.contains("drops every IPsec tunnel")) {
                        out.add(command);
                    }
                } else if (command.equals(FLUSH)) {
                    flush = true;
                } else if (command.matches(".*<[^>]+>.*")) {
                    out.add("# EDIT FIRST, then remove the '# ': " + command);
                } else if (written.add(command) || command.endsWith(" print")) {
                    // a print is repeated: it renumbers the items after an earlier add or move
                    out.add(command);
                } else {
                    out.add("# (already above) " + command);
                }
            }
        }
        if (flush) {
            out.add("#");
            out.add("# " + step + ". Clear the old security associations so clients renegotiate with the new settings.");
            out.add("#    This drops EVERY IPsec tunnel on the router: run it when the users can reconnect.");
            out.add(FLUSH);
        }
        if (d.findings().isEmpty()) {
            out.add("# Nothing to fix: no finding.");
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

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
