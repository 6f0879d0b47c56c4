package org.l2tpdoctor.parse;

import java.util.List;

/**
 * A run of input lines produced by one RouterOS command: a print listing, a log, an export, or
 * text that could not be classified (named in the report, never dropped silently).
 */
public sealed interface Section permits Section.Print, Section.Log, Section.Export, Section.Unrecognised {

    /** Input name (file, "<stdin>", or host). */
    String source();

    /** The command that printed it, when a prompt or the collector says so; otherwise null. */
    String command();

    /** 1-based number of the first line in {@link #lines()} within the source. */
    int firstLine();

    List<String> lines();

    /** "print", "log", "export" or "unrecognised", as the report names it. */
    default String kind() {
        if (this instanceof Print) {
            return "print";
        }
        if (this instanceof Log) {
            return "log";
        }
        return this instanceof Export ? "export" : "unrecognised";
    }

    /** Print output; {@code menu} is known from the command, or null until guessed from content. */
    record Print(String source, String command, String menu, int firstLine, List<String> lines) implements Section {
    }

    record Log(String source, String command, int firstLine, List<String> lines) implements Section {
    }

    record Export(String source, String command, String menu, int firstLine, List<String> lines) implements Section {
        /**
         * An {@code /export} (the answer to an export command, or text under an export banner) is the
         * whole configuration; a script without the banner and commands typed at a prompt
         * ({@code add}, {@code set}) change part of it and say nothing of the rest.
         */
        public boolean whole() {
            if (command != null) {
                return MenuNames.verbOf(command).equals("export");
            }
            return lines.stream().anyMatch(line -> line.startsWith("#") && LineShapes.isExportBanner(line));
        }
    }

    record Unrecognised(String source, String command, int firstLine, List<String> lines) implements Section {
    }
}
