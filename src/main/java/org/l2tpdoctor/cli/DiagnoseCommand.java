package org.l2tpdoctor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.report.JsonReport;
import org.l2tpdoctor.report.Style;
import org.l2tpdoctor.report.TextReport;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.RuleSyntaxError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code l2tpdoctor diagnose [FILE|DIR|-]...}: the diagnosis of a paste. */
@Command(name = "diagnose",
        mixinStandardHelpOptions = true,
        description = {
            "Diagnoses pasted RouterOS output: a terminal session with prompts",
            "([admin@R1] > /ip ipsec policy print detail), bare log lines, or an /export.",
            "Several commands may follow each other in one paste; text without prompts is recognised by its shape.",
            "",
            "Most useful to paste (RouterOS 7; v6 uses remote-peers and peer instead of identity):",
            "  /interface l2tp-server server print",
            "  /ip ipsec identity print detail",
            "  /ip ipsec policy print detail",
            "  /ip ipsec profile print detail",
            "  /ip ipsec active-peers print detail",
            "  /ppp active print detail",
            "  /ip firewall filter print detail",
            "  /log print where topics~\"ipsec|l2tp|ppp\"",
        },
        footer = {"", "Exit codes: 0 no finding at --fail-on level or above, 1 findings, 2 usage or input error."})
final class DiagnoseCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*",
            description = "Pastes to read: files, folders (every file inside), or - for standard input "
                    + "(the default when standard input is not a terminal).")
    List<String> inputs;

    @Mixin
    OutputOptions output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
            description = "Exit 1 when a finding has this level or higher: info, warning, error (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--rules", paramLabel = "DIR", description = "Read rules from this folder instead of the built-in ones.")
    Path rulesFolder;

    @Override
    public Integer call() {
        Io io = main.io;
        Level threshold;
        try {
            threshold = Level.parse(failOn);
        } catch (IllegalArgumentException e) {
            io.err().println("l2tpdoctor: --fail-on takes info, warning or error, not '" + failOn + "'");
            return ExitCodes.ERROR;
        }
        List<Capture> captures;
        try {
            captures = InputArguments.read(inputs, io);
        } catch (InputError e) {
            io.err().println("l2tpdoctor: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        Snapshot snapshot = Pipeline.parse(captures);
        if (snapshot.isEmpty()) {
            io.err().println("l2tpdoctor: nothing in " + names(captures) + " looks like RouterOS output "
                    + "(expected print output, log lines or an /export); run 'l2tpdoctor diagnose --help' for what to paste.");
            return ExitCodes.ERROR;
        }
        Diagnosis diagnosis;
        try {
            diagnosis = Pipeline.diagnose(snapshot, Pipeline.rules(rulesFolder));
        } catch (RuleSyntaxError e) {
            io.err().println("l2tpdoctor: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        int code = diagnosis.hasFindingsAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
        if (output.format == OutputOptions.Format.json) {
            new JsonReport().render(diagnosis, code, io.out());
        } else {
            new TextReport(new Style(output.colour(io)), output.verbose).render(diagnosis, io.out());
        }
        return code;
    }

    private static String names(List<Capture> captures) {
        List<String> names = captures.stream().map(Capture::source).distinct().toList();
        return names.size() <= 3 ? String.join(", ", names) : names.size() + " inputs";
    }
}
