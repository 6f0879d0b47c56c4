package org.l2tpdoctor.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.ssh.RouterCollector;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.options.ConnectionOptions;
import org.l2tpdoctor.options.DurationConverter;
import org.l2tpdoctor.options.OutputOptions;
import org.l2tpdoctor.report.ExitCodes;
import org.l2tpdoctor.report.Format;
import org.l2tpdoctor.report.Monitored;
import org.l2tpdoctor.report.PluginOutput;
import org.l2tpdoctor.report.Renderer;
import org.l2tpdoctor.report.Report;
import org.l2tpdoctor.report.Unread;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleSyntaxError;
import org.l2tpdoctor.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code l2tpdoctor check --host r1}: collect over SSH, read-only, then diagnose. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Logs in to routers over SSH, reads what the diagnosis needs, and diagnoses it.",
            "Read-only by construction: only print, export and log print commands from one",
            "allowlist are ever sent (--dry-run lists them). Host keys are checked against",
            "~/.ssh/known_hosts; keys, ssh-agent and ~/.ssh/config are used; a password",
            "comes from L2TPDOCTOR_PASSWORD or a prompt, never from the command line.",
            "",
            "Examples:",
            "  l2tpdoctor check --demo             (a built-in simulated router)",
            "  l2tpdoctor check --host admin@r1",
            "  l2tpdoctor check --inventory routers.txt --parallel 32",
            "",
        },
        footer = {"", "Exit codes: 0 nothing wrong, 1 findings at or above --fail-on, 2 a router",
            "could not be reached or read completely (what was read is still diagnosed),",
            "or a usage error.",
            "With several routers, the worst status wins."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--demo", arity = "0..1", paramLabel = "SCENARIO", fallbackValue = "second-client-fails",
            description = "Check a simulated RouterOS router on 127.0.0.1 over real SSH instead: healthy, "
                    + "second-client-fails (default), drops, firewall-order, l2tp-never-starts, healthy-v6.")
    String demo;

    @Option(names = "--dry-run", description = "Print exactly the commands that would be sent, and send nothing.")
    boolean dryRun;

    @Option(names = "--watch", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "After the reading, follow the ipsec/l2tp/ppp log this long (e.g. 2m) while the user "
                    + "retries the connection; the report then tells that attempt's story too.")
    Duration watch;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "8",
            description = "Routers collected at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Answer within this time whatever happens: a router not read by then is reported as "
                    + "not answering (with --format nagios: UNKNOWN). Default: none; with --format nagios 50s, "
                    + "under the 60 s that Nagios, Icinga 2 and Checkmk allow a check.")
    Duration timeout;

    @Option(names = "--group-by", paramLabel = "finding|router", defaultValue = "finding",
            description = "A fleet's report after its table: each finding with the routers that share it "
                    + "(default), or each router's own report.")
    GroupBy groupBy;

    enum GroupBy { finding, router }

    static final Duration PLUGIN_TIMEOUT = Duration.ofSeconds(50);

    @Mixin
    OutputOptions output;

    @Mixin
    DiagnosisOptions diagnosis;


    /** One router's outcome. Once diagnosed, its collection keeps no captures (see {@link #diagnose}). */
    record Checked(Collection collection, Diagnosis diagnosis, int code) {
        Report.Member member() {
            return new Report.Member(diagnosis != null ? diagnosis.provenance() : collection.provenance(), diagnosis, code,
                    diagnosis != null ? null : unread(collection));
        }

        /**
         * Why a router was read not at all: the step its collection failed at (unreachable, host key,
         * login, timed out...), or, logged into, silent or refusing every command.
         */
        private static Unread unread(Collection collection) {
            if (!collection.ok()) {
                return collection.failure() != null ? collection.failure() : Unread.UNREACHABLE;
            }
            List<String> problems = collection.problems();
            return !problems.isEmpty() && problems.stream().allMatch(p -> p.contains(RouterCollector.REJECTED))
                    ? Unread.REJECTED : Unread.NO_ANSWER;
        }
    }

    @Override
    public Integer call() {
        Io io = main.io;
        try {
            Level threshold = diagnosis.threshold();
            if (parallel < 1) {
                throw new InputError("--parallel must be at least 1");
            }
            if (dryRun) {
                if (!Collecting.dryRun(connection, demo, watch, io)) {
                    return ExitCodes.ERROR;
                }
                return ExitCodes.CLEAN;
            }
            if (diagnosis.fixScript != null && connection.routers().size() > 1) {
                throw new InputError("--fix-script takes one router; run check per router to get a script for each");
            }
            diagnosis.refuseExistingFixScript();
            List<Rule> rules = Pipeline.rules(diagnosis.rulesFolder);
            String symptom = diagnosis.symptom;
            boolean monitoring = output.format == Format.nagios || output.format == Format.prometheus;
            if (monitoring && (watch != null || diagnosis.fixScript != null)) {
                throw new InputError("--watch and --fix-script are for people, not for --format " + output.format);
            }
            Duration limit = timeout != null ? timeout : output.format == Format.nagios ? PLUGIN_TIMEOUT : null;
            if (limit != null && (limit.compareTo(Duration.ofSeconds(1)) < 0 || watch != null)) {
                throw new InputError(watch != null ? "--timeout and --watch do not go together"
                        : "--timeout must be at least 1s");
            }
            java.util.function.Function<Collection, Checked> then = c -> diagnose(c, rules, symptom, threshold, monitoring);
            List<Checked> checked = limit == null ? Collecting.run(connection, demo, parallel, watch, io, then)
                    : MonitorRun.run(connection, demo, parallel, io, then, limit);
            Renderer renderer = output.redacting(output.reportOptions(io).withFailOn(threshold).renderer());
            Checked only = checked.size() == 1 ? checked.get(0) : null;
            if (only != null && (only.diagnosis() != null || !monitoring)) {
                single(only, renderer, io);
                return only.diagnosis() == null ? only.code()
                        : renderer.exitCode(new Report.Router(only.diagnosis(), only.code()));
            }
            // several routers; or one that could not be read, which a monitoring system needs an answer for too
            Report report = new Report.Fleet(checked.stream().map(Checked::member).toList(), groupBy == GroupBy.router);
            renderer.render(report, io.out());
            return renderer.exitCode(report);
        } catch (InputError | RuleSyntaxError e) {
            if (output.format == Format.nagios) {
                PluginOutput.unknown(e.getMessage()).print(io.out());
                return PluginOutput.UNKNOWN;
            }
            io.err().println("l2tpdoctor: " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }

    static Checked diagnose(Collection c, List<Rule> rules, String symptom, Level threshold) {
        return diagnose(c, rules, symptom, threshold, false);
    }

    /** With {@code monitoring}, only what the nagios and prometheus formats show is kept of the diagnosis. */
    static Checked diagnose(Collection c, List<Rule> rules, String symptom, Level threshold, boolean monitoring) {
        if (!c.ok() || c.result().captures().isEmpty()) {
            return new Checked(c, null, ExitCodes.ERROR);
        }
        Snapshot snapshot = Pipeline.parse(c.result().captures());
        Diagnosis d = Pipeline.diagnose(snapshot, rules, c.provenance(), symptom);
        int code = !c.result().complete() ? ExitCodes.ERROR
                : d.hasFindingsAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
        // the raw answers are in the diagnosis now: a fleet of 1,000 keeps its reports, not every router's text
        return new Checked(c.withoutCaptures(), monitoring ? Monitored.kept(d) : d, code);
    }

    private void single(Checked r, Renderer renderer, Io io) throws InputError {
        if (r.diagnosis() == null) {
            r.collection().problems().forEach(p -> io.err().println("l2tpdoctor: " + TerminalText.safe(p)));
            return;
        }
        renderer.render(new Report.Router(r.diagnosis(), r.code()), io.out());
        if (!r.collection().result().complete()) {
            r.collection().problems().forEach(p -> io.err().println("l2tpdoctor: " + TerminalText.safe(p)));
        }
        diagnosis.writeFixScript(r.diagnosis(), output.redactor(), io);
    }
}
