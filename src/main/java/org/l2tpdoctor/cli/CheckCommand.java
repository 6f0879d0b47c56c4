package org.l2tpdoctor.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.engine.ExitCodes;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.engine.Reports;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.options.ConnectionOptions;
import org.l2tpdoctor.options.DurationConverter;
import org.l2tpdoctor.options.OutputOptions;
import org.l2tpdoctor.report.Format;
import org.l2tpdoctor.report.FindingGroups;
import org.l2tpdoctor.report.JsonReport;
import org.l2tpdoctor.report.Metrics;
import org.l2tpdoctor.report.Monitored;
import org.l2tpdoctor.report.PluginOutput;
import org.l2tpdoctor.report.Provenance;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleSyntaxError;
import org.l2tpdoctor.text.Json;
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
            description = "With --format nagios or prometheus: answer within this time whatever happens; a router "
                    + "not read by then is reported as not answering (UNKNOWN). Default with nagios: 50s, under "
                    + "the 60 s that Nagios, Icinga 2 and Checkmk allow a check.")
    Duration timeout;

    @Option(names = "--group-by", paramLabel = "finding|router", defaultValue = "finding",
            description = "A fleet's report after its table: one entry per finding with the routers that share it "
                    + "(default), or one full report per router.")
    GroupBy groupBy;

    enum GroupBy { finding, router }

    @Mixin
    OutputOptions output;

    @Mixin
    DiagnosisOptions diagnosis;





    /** One router's outcome. */
    private record Checked(Collection collection, Diagnosis diagnosis, int code) {
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
                Collecting.dryRun(connection, demo, watch, io);
                return ExitCodes.CLEAN;
            }
            if (output.format == Format.nagios || output.format == Format.prometheus) {
                return monitor(threshold, io);
            }
            if (timeout != null) {
                throw new InputError("--timeout applies to --format nagios and --format prometheus");
            }
            if (diagnosis.fixScript != null && connection.routers().size() > 1) {
                throw new InputError("--fix-script takes one router; run check per router to get a script for each");
            }
            diagnosis.refuseExistingFixScript();
            List<Rule> rules = Pipeline.rules(diagnosis.rulesFolder);
            List<Checked> checked = Collecting.run(connection, demo, parallel, watch, io,
                    c -> diagnose(c, rules, threshold));
            if (checked.size() == 1) {
                single(checked.get(0), rules, io);
            } else {
                fleet(checked, rules, threshold, io);
            }
            return checked.stream().mapToInt(Checked::code).max().orElse(ExitCodes.CLEAN);
        } catch (InputError | RuleSyntaxError e) {
            if (output.format == Format.nagios) {
                PluginOutput.unknown(e.getMessage()).print(io.out());
                return PluginOutput.UNKNOWN;
            }
            io.err().println("l2tpdoctor: " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }

    /**
     * For a monitoring system: the plugin answer (exit 0-3) or the metrics (exit 0 once written:
     * a router that could not be read is a series saying so, not a failed scrape).
     */
    private int monitor(Level threshold, Io io) throws InputError, RuleSyntaxError {
        if (watch != null || diagnosis.fixScript != null) {
            throw new InputError("--watch and --fix-script are for people, not for --format " + output.format);
        }
        Duration limit = timeout != null ? timeout : output.format == Format.nagios ? PLUGIN_TIMEOUT : null;
        if (limit != null && limit.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new InputError("--timeout must be at least 1s");
        }
        List<Monitored> routers = MonitorRun.read(connection, demo, parallel, Pipeline.rules(diagnosis.rulesFolder),
                limit, io);
        if (output.format == Format.nagios) {
            PluginOutput answer = PluginOutput.of(routers, threshold);
            answer.print(io.out());
            return answer.state();
        }
        Metrics.of(routers).write(io.out());
        return ExitCodes.CLEAN;
    }

    static final Duration PLUGIN_TIMEOUT = Duration.ofSeconds(50);

    private static Checked diagnose(Collection c, List<Rule> rules, Level threshold) {
        if (!c.ok() || c.result().captures().isEmpty()) {
            return new Checked(c, null, ExitCodes.ERROR);
        }
        Snapshot snapshot = Pipeline.parse(c.result().captures());
        Diagnosis d = Pipeline.diagnose(snapshot, rules);
        int code = !c.result().complete() ? ExitCodes.ERROR
                : d.hasFindingsAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
        return new Checked(c, d, code);
    }

    private static Provenance provenance(Collection c) {
        return new Provenance(c.label(), c.result().captures().size(), c.result().complete(), c.result().problems());
    }

    private void single(Checked r, List<Rule> rules, Io io) throws InputError {
        if (r.diagnosis() == null) {
            r.collection().problems().forEach(p -> io.err().println("l2tpdoctor: " + TerminalText.safe(p)));
            return;
        }
        Reports.render(r.diagnosis(), r.code(), output.reportOptions(io), diagnosis.symptom, rules, provenance(r.collection()), io);
        if (!r.collection().result().complete()) {
            r.collection().problems().forEach(p -> io.err().println("l2tpdoctor: " + TerminalText.safe(p)));
        }
        diagnosis.writeFixScript(r.diagnosis(), io);
    }

    private static List<Monitored> monitored(List<Checked> all) {
        return all.stream().map(r -> new Monitored(r.collection().label(), r.diagnosis(),
                r.collection().ok() && r.collection().result().complete(), r.collection().problems(),
                r.collection().elapsed())).toList();
    }

    private void fleet(List<Checked> all, List<Rule> rules, Level threshold, Io io) {
        if (output.format == Format.json) {
            List<Object> routers = new ArrayList<>();
            for (Checked r : all) {
                Map<String, Object> m = r.diagnosis() != null
                        ? new JsonReport().document(r.diagnosis(), r.code(), provenance(r.collection()))
                        : new LinkedHashMap<>(Map.of("collection", Map.of("source", r.collection().label(),
                        "complete", false, "problems", r.collection().problems()), "exitCode", r.code()));
                routers.add(m);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("schema", "l2tpdoctor/fleet/1");
            root.put("routers", routers);
            root.put("findings", FindingGroups.json(FindingGroups.of(monitored(all), threshold)));
            root.put("exitCode", all.stream().mapToInt(Checked::code).max().orElse(0));
            io.out().println(Json.write(root));
            return;
        }
        io.out().println(FleetSummary.table(all.stream().map(r -> new FleetSummary.Line(r.collection(), r.diagnosis(), r.code())).toList()));
        if (groupBy == GroupBy.finding) {
            io.out().println();
            FindingGroups.print(FindingGroups.of(monitored(all), threshold), io.out());
            io.out().flush();
            return;
        }
        // a clean router's whole report is its table line; 200 of them would bury the ones that are not
        List<Checked> detailed = output.verbose ? all : all.stream().filter(r -> r.code() != 0).toList();
        if (detailed.size() < all.size()) {
            io.out().println();
            io.out().println((all.size() - detailed.size()) + " clean router(s): their reports are not shown (-v shows them)");
        }
        for (Checked r : detailed) {
            io.out().println();
            io.out().println("=== " + TerminalText.safe(r.collection().label()) + " ===");
            if (r.diagnosis() == null) {
                r.collection().problems().forEach(p -> io.out().println("  " + TerminalText.safe(p)));
            } else {
                Reports.render(r.diagnosis(), r.code(), output.reportOptions(io), diagnosis.symptom, rules, provenance(r.collection()), io);
            }
        }
    }
}
