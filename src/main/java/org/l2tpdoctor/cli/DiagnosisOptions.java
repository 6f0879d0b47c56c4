package org.l2tpdoctor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.options.Binding;
import org.l2tpdoctor.report.FixScript;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.text.FileErrors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** What every diagnosing command takes: the exit threshold, the rules, a symptom, a fix script. */
final class DiagnosisOptions {
    // As in OutputOptions: annotations and addTo() declare the same options, and a test keeps them so.
    private static final String FAIL_ON_HELP = "Exit 1 when a finding has this level or higher: info, warning, error "
            + "(default: ${DEFAULT-VALUE}).";
    private static final String RULES_HELP = "Read rules from this folder instead of the built-in ones.";
    private static final String SYMPTOM_HELP = "What the user sees, in their words (\"second client fails\", \"error "
            + "809\"): the report starts with the causes it points at, each confirmed, ruled out, or what to paste to decide.";
    private static final String FIX_SCRIPT_HELP = "Also write every fix as one RouterOS script to review and run "
            + "yourself (it starts with a backup export). l2tpdoctor never runs it. An existing file is not overwritten.";

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning", description = FAIL_ON_HELP)
    String failOn;

    @Option(names = "--rules", paramLabel = "DIR", description = RULES_HELP)
    Path rulesFolder;

    @Option(names = "--symptom", paramLabel = "TEXT", description = SYMPTOM_HELP)
    String symptom;

    @Option(names = "--fix-script", paramLabel = "FILE.rsc", description = FIX_SCRIPT_HELP)
    Path fixScript;

    static void addTo(CommandSpec spec, DiagnosisOptions target) {
        spec.addOption(Binding.bind(OptionSpec.builder("--fail-on").paramLabel("LEVEL").type(String.class)
                .defaultValue("warning").description(FAIL_ON_HELP), () -> target.failOn, v -> target.failOn = (String) v).build());
        spec.addOption(Binding.bind(OptionSpec.builder("--rules").paramLabel("DIR").type(Path.class).description(RULES_HELP),
                () -> target.rulesFolder, v -> target.rulesFolder = (Path) v).build());
        spec.addOption(Binding.bind(OptionSpec.builder("--symptom").paramLabel("TEXT").type(String.class)
                .description(SYMPTOM_HELP), () -> target.symptom, v -> target.symptom = (String) v).build());
        spec.addOption(Binding.bind(OptionSpec.builder("--fix-script").paramLabel("FILE.rsc").type(Path.class)
                .description(FIX_SCRIPT_HELP), () -> target.fixScript, v -> target.fixScript = (Path) v).build());
    }

    Level threshold() throws InputError {
        try {
            return Level.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new InputError("--fail-on takes info, warning or error, not '" + failOn + "'");
        }
    }

    /** Refuses before any work is done, rather than after a long collection. */
    void refuseExistingFixScript() throws InputError {
        if (fixScript != null && Files.exists(fixScript)) {
            throw new InputError(fixScript + " exists; choose another name for --fix-script, or remove it first");
        }
    }

    /** Writes the script if one was asked for; a failed write is the user's one-line error. */
    void writeFixScript(Diagnosis diagnosis, Io io) throws InputError {
        if (fixScript == null) {
            return;
        }
        try {
            FixScript.write(fixScript, diagnosis);
        } catch (IOException e) {
            throw new InputError("cannot write " + fixScript + ": " + FileErrors.reason(e));
        }
        io.err().println("l2tpdoctor: wrote " + diagnosis.findings().size() + " finding(s) as a script to "
                + fixScript + " — review it before running it");
    }
}
