package org.l2tpdoctor.cli;

import picocli.CommandLine.Option;

/** Options every reporting command shares: format, colour, verbosity. */
public final class OutputOptions {
    enum Format { text, json, markdown }

    enum Color { auto, always, never }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto = only on a terminal, "
                    + "never when NO_COLOR is set).")
    Color color;

    @Option(names = {"-v", "--verbose"}, description = "Also list the sections read, every line not understood, the checks that passed, every evidence line and, for a fleet, the clean routers' reports.")
    boolean verbose;

    boolean colour(Io io) {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> io.stdoutIsTerminal() && !io.env().containsKey("NO_COLOR");
        };
    }
}
