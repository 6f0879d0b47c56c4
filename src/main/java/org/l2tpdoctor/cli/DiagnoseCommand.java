package org.l2tpdoctor.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.options.Binding;
import org.l2tpdoctor.options.OutputOptions;
import org.l2tpdoctor.report.ExitCodes;
import org.l2tpdoctor.report.Format;
import org.l2tpdoctor.report.PluginOutput;
import org.l2tpdoctor.report.Renderer;
import org.l2tpdoctor.report.Report;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleSyntaxError;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code l2tpdoctor diagnose [FILE|DIR|-]...}: the diagnosis of a paste. Its command line is
 * built in code ({@link CodeBuiltCommand} says why); the golden help text holds it as it reads.
 */
final class DiagnoseCommand implements Callable<Integer> {
    private static final String[] DESCRIPTION = {
        "Diagnoses pasted RouterOS output.",
        "A terminal session with prompts ([admin@R1] > /ip ipsec policy print detail),",
        "bare log lines, or an /export. Several commands may follow each other in one",
        "paste; text without prompts is recognised by its shape.",
        "",
        "Most useful to paste (RouterOS 7; v6 has remote-peers, and peer for identity):",
        "  " + Menus.L2TP_SERVER.paste(),
        "  " + Menus.IPSEC_IDENTITY.paste(),
        "  " + Menus.IPSEC_POLICY.paste(),
        "  " + Menus.IPSEC_PROFILE.paste(),
        "  " + Menus.ACTIVE_PEERS.paste(),
        "  " + Menus.PPP_ACTIVE.paste(),
        "  " + Menus.FIREWALL_FILTER.paste(),
        "  " + Menus.LOG.paste(),
    };
    private static final String[] FOOTER = {"", "Exit codes: 0 no finding at --fail-on level or above, 1 findings,",
        "2 usage or input error."};

    private final Main main;
    private final OutputOptions output = new OutputOptions();
    private final DiagnosisOptions diagnosis = new DiagnosisOptions();
    private List<String> inputs;
    private int logWindow;

    private DiagnoseCommand(Main main) {
        this.main = main;
    }

    static CommandSpec spec(Main main) {
        DiagnoseCommand command = new DiagnoseCommand(main);
        CommandSpec spec = CodeBuiltCommand.of("diagnose", command);
        spec.usageMessage().description(DESCRIPTION).footer(FOOTER);
        spec.addPositional(Binding.bind(PositionalParamSpec.builder().paramLabel("FILE|DIR|-").arity("0..*")
                .type(List.class).auxiliaryTypes(String.class)
                .description("Pastes to read: files, folders (every file inside), or - for standard input "
                        + "(the default when standard input is not a terminal)."),
                () -> command.inputs, v -> command.inputs = castToStrings(v)).build());
        OutputOptions.addTo(spec, command.output);
        DiagnosisOptions.addTo(spec, command.diagnosis);
        spec.addOption(Binding.bind(OptionSpec.builder("--log-window").paramLabel("N").type(int.class).initialValue(0)
                .defaultValue("20000")
                .description("Analyse the N most recent ipsec/l2tp/ppp log records (default: ${DEFAULT-VALUE}); "
                        + "older ones are counted, not kept, so memory does not grow with the log."),
                () -> command.logWindow, v -> command.logWindow = (Integer) v).build());
        return spec;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castToStrings(Object value) {
        return (List<String>) value; // picocli fills the list with the auxiliary type, String
    }

    @Override
    public Integer call() {
        Io io = main.io;
        try {
            Level threshold = diagnosis.threshold();
            if (logWindow < 1) {
                throw new InputError("--log-window must be at least 1");
            }
            diagnosis.refuseExistingFixScript();
            var loadingRules = Pipeline.rulesInBackground(diagnosis.rulesFolder);
            Snapshot snapshot = Pipeline.parseRouterOutput(inputs, InputArguments.read(inputs, io), logWindow);
            List<Rule> rules = Pipeline.await(loadingRules);
            Diagnosis result = Pipeline.diagnose(snapshot, rules, null, diagnosis.symptom);
            int code = result.hasFindingsAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
            Renderer renderer = output.redacting(output.reportOptions(io).withFailOn(threshold).renderer());
            Report.Router report = new Report.Router(result, code);
            renderer.render(report, io.out());
            diagnosis.writeFixScript(result, output.redactor(), io);
            return renderer.exitCode(report);
        } catch (InputError | RuleSyntaxError e) {
            if (output.format == Format.nagios) { // a plugin's input that cannot be read is UNKNOWN, told on stdout
                PluginOutput.unknown(e.getMessage()).print(io.out());
                return PluginOutput.UNKNOWN;
            }
            io.err().println("l2tpdoctor: " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }

}
