package org.l2tpdoctor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.report.FixScript;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Rule;
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
            "Diagnoses pasted RouterOS output.",
            "A terminal session with prompts ([admin@R1] > /ip ipsec policy print detail),",
            "bare log lines, or an /export. Several commands may follow each other in one",
            "paste; text without prompts is recognised by its shape.",
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
        footer = {"", "Exit codes: 0 no finding at --fail-on level or above, 1 findings,",
            "2 usage or input error."})
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

    @Option(names = "--log-window", paramLabel = "N", defaultValue = "20000",
            description = "Analyse the N most recent ipsec/l2tp/ppp log records (default: ${DEFAULT-VALUE}); "
                    + "older ones are counted, not kept, so memory does not grow with the log.")
    int logWindow;

    @Option(names = "--symptom", paramLabel = "TEXT",
            description = "What the user sees, in their words (\"second client fails\", \"error 809\"): the report "
                    + "starts with the causes it points at, each confirmed, ruled out, or what to paste to decide.")
    String symptom;

    @Option(names = "--fix-script", paramLabel = "FILE.rsc",
            description = "Also write every fix as one RouterOS script to review and run yourself (it starts with a "
                    + "backup export). l2tpdoctor never runs it. An existing file is not overwritten.")
    Path fixScript;

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
        var loadingRules = Pipeline.rulesInBackground(rulesFolder);
        List<Capture> captures;
        try {
            captures = InputArguments.read(inputs, io);
        } catch (InputError e) {
            io.err().println("l2tpdoctor: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        if (logWindow < 1) {
            io.err().println("l2tpdoctor: --log-window must be at least 1");
            return ExitCodes.ERROR;
        }
        Snapshot snapshot = Pipeline.parse(captures, logWindow);
        if (snapshot.isEmpty()) {
            io.err().println("l2tpdoctor: nothing in " + names(captures) + " looks like RouterOS output "
                    + "(expected print output, log lines or an /export); run 'l2tpdoctor diagnose --help' for what to paste.");
            return ExitCodes.ERROR;
        }
        if (fixScript != null && Files.exists(fixScript)) {
            io.err().println("l2tpdoctor: " + fixScript + " exists; choose another name for --fix-script, or remove it first");
            return ExitCodes.ERROR;
        }
        List<Rule> rules;
        try {
            rules = Pipeline.await(loadingRules);
        } catch (RuleSyntaxError e) {
            io.err().println("l2tpdoctor: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        Diagnosis diagnosis = Pipeline.diagnose(snapshot, rules);
        int code = diagnosis.hasFindingsAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
        Reports.render(diagnosis, code, output, symptom, rules, io);
        if (fixScript != null) {
            try {
                Files.writeString(fixScript, FixScript.of(diagnosis, ZonedDateTime.now()), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW);
                io.err().println("l2tpdoctor: wrote " + diagnosis.findings().size() + " finding(s) as a script to "
                        + fixScript + " — review it before running it");
            } catch (IOException e) {
                io.err().println("l2tpdoctor: cannot write " + fixScript + ": " + e.getMessage());
                return ExitCodes.ERROR;
            }
        }
        return code;
    }

    private static String names(List<Capture> captures) {
        List<String> names = captures.stream().map(Capture::source).distinct().toList();
        return names.size() <= 3 ? String.join(", ", names) : names.size() + " inputs";
    }
}
