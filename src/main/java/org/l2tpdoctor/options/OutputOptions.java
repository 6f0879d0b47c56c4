package org.l2tpdoctor.options;

import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.report.Format;
import org.l2tpdoctor.report.RedactedRenderer;
import org.l2tpdoctor.report.Renderer;
import org.l2tpdoctor.text.Redactor;
import org.l2tpdoctor.report.ReportOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** Options every reporting command shares: format, colour, verbosity. */
public final class OutputOptions {
    public enum Color { auto, always, never }

    // Declared twice: by annotations for the commands picocli reads, by addTo() for the ones built in
    // code (CodeBuiltCommand). CodeBuiltOptionsMatchTheAnnotationsTest holds the two equal.
    private static final String FORMAT_HELP = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).";
    private static final String COLOR_HELP = "Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto = only "
            + "on a terminal, never when NO_COLOR is set).";
    private static final String VERBOSE_HELP = "Also list the sections read, every line not understood, the checks "
            + "that passed, every evidence line and, for a fleet, the clean routers' reports.";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = FORMAT_HELP)
    public Format format;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = COLOR_HELP)
    public Color color;

    @Option(names = {"-v", "--verbose"}, description = VERBOSE_HELP)
    public boolean verbose;

    @Option(names = "--redact", description = REDACT_HELP)
    public boolean redact;

    @Option(names = "--redact-users", description = REDACT_USERS_HELP)
    public boolean redactUsers;

    /** One redactor per run, so an address reads the same in every report and the fix script. */
    private Redactor redactor;

    public static final String REDACT_HELP = "For a forum post or a ticket: also mask serial numbers, the software "
            + "id, MAC addresses and public addresses (each one mapped to the same documentation address "
            + "everywhere), and say what was masked.";
    public static final String REDACT_USERS_HELP = "With --redact, also replace user names (user1, user2...).";

    public static void addTo(CommandSpec spec, OutputOptions target) {
        spec.addOption(Binding.bind(OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class)
                .defaultValue("text").description(FORMAT_HELP), () -> target.format, v -> target.format = (Format) v).build());
        spec.addOption(Binding.bind(OptionSpec.builder("--color").paramLabel("WHEN").type(Color.class)
                .defaultValue("auto").description(COLOR_HELP), () -> target.color, v -> target.color = (Color) v).build());
        spec.addOption(Binding.bind(OptionSpec.builder("-v", "--verbose").type(boolean.class).initialValue(false)
                .description(VERBOSE_HELP),
                () -> target.verbose, v -> target.verbose = (Boolean) v).build());
        spec.addOption(Binding.bind(OptionSpec.builder("--redact").type(boolean.class).initialValue(false)
                .description(REDACT_HELP), () -> target.redact, v -> target.redact = (Boolean) v).build());
        spec.addOption(Binding.bind(OptionSpec.builder("--redact-users").type(boolean.class).initialValue(false)
                .description(REDACT_USERS_HELP), () -> target.redactUsers, v -> target.redactUsers = (Boolean) v).build());
    }

    /** The renderer for these options; with --redact it masks what it prints. */
    public Renderer renderer(Io io) {
        return redacting(reportOptions(io).renderer());
    }

    /** {@code renderer} as it is, or masking what it prints with --redact. */
    public Renderer redacting(Renderer renderer) {
        return redactor() == null ? renderer : new RedactedRenderer(renderer, redactor());
    }

    /** The run's redactor, or null without --redact (or --redact-users). */
    public Redactor redactor() {
        if (redactor == null && (redact || redactUsers)) {
            redactor = new Redactor(redactUsers);
        }
        return redactor;
    }

    /** The options as a report takes them, colour decided for these streams. */
    public ReportOptions reportOptions(Io io) {
        return new ReportOptions(format, colour(io), verbose);
    }

    public boolean colour(Io io) {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> io.stdoutIsTerminal() && !io.env().containsKey("NO_COLOR");
        };
    }
}
