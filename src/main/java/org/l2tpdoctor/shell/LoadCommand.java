package org.l2tpdoctor.shell;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.PasteReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code load FILE|DIR...}: files join the evidence. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Adds files or folders to the evidence.",
            "Pastes, logs, exports; a folder means every file in it (a bundle written by",
            "'l2tpdoctor collect' too)."})
final class LoadCommand implements Callable<Integer> {
    private final Context context;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or folders.")
    List<Path> paths;

    LoadCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws ShellError, InputError {
        List<String> names = paths.stream().map(Path::toString).toList();
        if (names.contains("-")) {
            throw new ShellError("load reads files; to add text from the terminal, use paste");
        }
        // The shell's own input is the terminal, so the reader gets no standard input to fall back on.
        List<Capture> captures = new PasteReader(InputStream.nullInputStream()).read(names);
        if (captures.isEmpty()) {
            throw new ShellError(String.join(", ", names) + ": no files in it");
        }
        EvidenceIntake.add(context, captures, String.join(", ", names));
        return 0;
    }
}
