package org.l2tpdoctor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.ssh.CollectionFolder;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.options.ConnectionOptions;
import org.l2tpdoctor.report.ExitCodes;
import org.l2tpdoctor.text.FileErrors;
import org.l2tpdoctor.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code l2tpdoctor collect --host r1 -o DIR}: a bundle of raw output to attach to a ticket. */
@Command(name = "collect",
        mixinStandardHelpOptions = true,
        description = {
            "Saves what check would read, to diagnose later or attach to a ticket.",
            "The bundle holds one file per command and a manifest.json (host, version,",
            "commands, what failed). Secrets are masked before anything is written.",
            "'l2tpdoctor diagnose DIR' reads a bundle.",
            "",
        },
        footer = {"", "Exit codes: 0 bundle complete, 2 a router could not be reached or read",
            "completely."})
final class CollectCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--demo", arity = "0..1", paramLabel = "SCENARIO", fallbackValue = "second-client-fails",
            description = "Collect from the built-in simulated router instead.")
    String demo;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "Folder for the bundle (with several routers, one subfolder each). Must be new or empty.")
    Path output;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "8", description = "Routers collected at once.")
    int parallel;

    @Override
    public Integer call() {
        Io io = main.io;
        try {
            if (Files.exists(output) && !isEmptyFolder(output)) {
                throw new InputError(output + " exists and is not an empty folder; a bundle never overwrites files");
            }
            List<Collection> collections = Collecting.run(connection, demo, parallel, io);
            int code = ExitCodes.CLEAN;
            for (Collection c : collections) {
                c.problems().forEach(p -> io.err().println("l2tpdoctor: " + TerminalText.safe(p)));
                if (!c.ok()) {
                    code = ExitCodes.ERROR;
                    continue;
                }
                Path dir = collections.size() == 1 ? output : output.resolve(c.label().replaceAll("[^A-Za-z0-9._-]", "_"));
                List<Path> files = CollectionFolder.write(c.result(), dir);
                io.out().println(TerminalText.safe(c.label()) + ": " + (files.size() - 1) + " command output(s) and "
                        + CollectionFolder.MANIFEST + " in " + dir + (c.result().complete() ? "" : " (INCOMPLETE)"));
                if (!c.result().complete()) {
                    code = ExitCodes.ERROR;
                }
            }
            return code;
        } catch (InputError e) {
            io.err().println("l2tpdoctor: " + e.getMessage());
            return ExitCodes.ERROR;
        } catch (IOException e) {
            io.err().println("l2tpdoctor: cannot write the bundle: " + FileErrors.reason(e));
            return ExitCodes.ERROR;
        }
    }

    private static boolean isEmptyFolder(Path dir) throws InputError {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new InputError(dir + ": " + FileErrors.reason(e));
        }
    }
}
