package org.l2tpdoctor.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.options.OutputOptions;
import org.l2tpdoctor.report.ExitCodes;
import org.l2tpdoctor.report.Format;
import org.l2tpdoctor.report.Renderer;
import org.l2tpdoctor.report.Report;
import org.l2tpdoctor.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code l2tpdoctor parse}: what the parser understood, for users and rule authors. */
@Command(name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Shows what l2tpdoctor understood of a paste.",
            "Tables with rows, flags and properties, log events, the RouterOS version,",
            "every line it could not read (file:line:column) and the coverage.",
        },
        footer = {"", "Exit codes: 0 everything understood, 1 some lines not understood,",
            "2 usage or input error."})
final class ParseCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*", description = "Pastes to read, or - for standard input.")
    List<String> inputs;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Io io = main.io;
        List<Capture> captures;
        try {
            captures = InputArguments.read(inputs, io);
            Pipeline.requireSomething(inputs == null ? List.of("-") : inputs, captures);
        } catch (InputError e) {
            io.err().println("l2tpdoctor: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        ReportOptions options = output.reportOptions(io);
        Renderer renderer = options.renderer();
        if (!renderer.showsParsed()) {
            io.err().println("l2tpdoctor: parse prints " + parseFormats(options) + "; " + output.format
                    + " is for diagnose reports");
            return ExitCodes.ERROR;
        }
        Report.Parsed report = new Report.Parsed(Pipeline.parse(captures));
        renderer.render(report, io.out());
        return report.exitCode();
    }

    /** "text or json": the formats whose renderer shows what parse understood. */
    private static String parseFormats(ReportOptions options) {
        return String.join(" or ", Arrays.stream(Format.values())
                .filter(f -> new ReportOptions(f, options.colour(), options.verbose()).renderer().showsParsed())
                .map(Format::name).toList());
    }
}
