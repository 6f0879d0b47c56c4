package org.l2tpdoctor;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (the corpus and the guide) for tests, from the build or the IDE. */
public final class SharedFiles {
    private SharedFiles() {
    }

    public static Path shared() {
        String configured = System.getProperty("l2tpdoctor.shared");
        Path path = configured != null ? Path.of(configured) : Path.of("..", "shared");
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("../shared not found beside the repository: " + path.toAbsolutePath());
        }
        return path;
    }

    public static Path corpus() {
        return shared().resolve("corpus");
    }
}
