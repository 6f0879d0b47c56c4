package org.l2tpdoctor.collect.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.text.Json;
import org.l2tpdoctor.text.Secrets;

/**
 * Saves a collection as a folder: one {@link CommandCatalogue#fileName} text file per answered
 * command, plus manifest.json (host, version, completeness, problems, file to command). Secrets
 * (PSKs, passwords, SA keys) are masked before anything is written, because bundles are attached
 * to tickets. The folder can be diagnosed later as a paste (the manifest is skipped) or replayed
 * as a demo.
 */
public final class CollectionFolder {
    public static final String MANIFEST = org.l2tpdoctor.collect.PasteReader.BUNDLE_MANIFEST;

    private CollectionFolder() {
    }

    /** Writes into {@code dir} (created if needed); returns the files written, manifest last. */
    public static List<Path> write(CollectionResult result, Path dir) throws IOException {
        return write(result, dir, text -> text);
    }

    /** As {@link #write(CollectionResult, Path)}, every file passed through {@code redact} (--redact) first. */
    public static List<Path> write(CollectionResult result, Path dir, UnaryOperator<String> redact) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        StringBuilder files = new StringBuilder();
        for (Capture capture : result.captures()) {
            String name = CommandCatalogue.fileName(capture.command());
            Path file = dir.resolve(name);
            Files.writeString(file, redact.apply(Secrets.text(capture.text())), StandardCharsets.UTF_8);
            written.add(file);
            files.append(files.length() == 0 ? "" : ",\n").append("    ").append(json(name))
                    .append(": ").append(json(capture.command()));
        }
        List<String> problems = result.problems().stream().map(CollectionFolder::json).toList();
        String manifest = "{\n"
                + "  \"host\": " + json(result.host()) + ",\n"
                + "  \"version\": " + (result.version() == null ? "null" : json(result.version())) + ",\n"
                + "  \"complete\": " + result.complete() + ",\n"
                + "  \"problems\": [" + String.join(", ", problems) + "],\n"
                + "  \"files\": {\n" + files + "\n  }\n"
                + "}\n";
        Path manifestFile = dir.resolve(MANIFEST);
        Files.writeString(manifestFile, redact.apply(manifest), StandardCharsets.UTF_8);
        written.add(manifestFile);
        return written;
    }

    private static String json(String text) {
        return Json.quote(text);
    }
}
