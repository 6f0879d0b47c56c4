package org.l2tpdoctor.cli;

import org.l2tpdoctor.text.TerminalText;

import org.l2tpdoctor.text.Secrets;

import org.l2tpdoctor.text.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.report.Coverage;
import org.l2tpdoctor.report.Format;

import org.l2tpdoctor.report.JsonShapes;

import org.l2tpdoctor.report.RowText;

import org.l2tpdoctor.engine.ExitCodes;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.options.OutputOptions;
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
        if (output.format == Format.markdown) {
            io.err().println("l2tpdoctor: parse prints text or json; markdown is for diagnose reports");
            return ExitCodes.ERROR;
        }
        Snapshot s = Pipeline.parse(captures);
        if (output.format == Format.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("schema", "l2tpdoctor/snapshot/1");
            root.put("router", JsonShapes.router(s));
            root.put("input", JsonShapes.input(s));
            Map<String, Object> tables = new LinkedHashMap<>();
            s.tables().forEach((menu, rows) -> tables.put(menu, rows.stream().map(JsonShapes::row).toList()));
            root.put("tables", tables);
            root.put("events", s.events().stream().map(JsonShapes::event).toList());
            io.out().println(Json.write(root));
        } else {
            text(s, io);
        }
        return s.warnings().isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
    }

    private static void text(Snapshot s, Io io) {
        io.out().println("RouterOS: " + (s.version().known() ? s.version().text() + " (" + s.version().evidence() + ")"
                : "version not shown"));
        s.identity().ifPresent(id -> io.out().println("Identity: " + TerminalText.safe(id)));
        for (Map.Entry<String, List<Row>> e : s.tables().entrySet()) {
            io.out().println();
            io.out().println(e.getKey() + " (" + e.getValue().size() + " rows)");
            for (Row r : e.getValue()) {
                io.out().println("  " + TerminalText.safe(r.origin().toString()) + "  " + RowText.of(r));
            }
        }
        if (!s.events().isEmpty()) {
            io.out().println();
            io.out().println("/log (" + s.events().size() + " events)");
            s.events().forEach(ev -> io.out().println("  " + TerminalText.safe(ev.origin().toString()) + "  "
                    + TerminalText.safe(ev.time()) + "  " + String.join(",", ev.topics()) + "  "
                    + TerminalText.safe(Secrets.text(ev.message()))));
        }
        io.out().println();
        for (ParseWarning w : s.warnings()) {
            io.out().println("warning: " + TerminalText.safe(Secrets.text(w.toString())));
            io.out().println("    " + TerminalText.safe(Secrets.text(w.text())));
        }
        io.out().println(Coverage.line(s));
    }
}
