package org.l2tpdoctor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.TextDecoder;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.parse.SnapshotParser;

/** Test shortcuts: parse a file or a string into a snapshot. */
public final class TestParsing {
    private TestParsing() {
    }

    public static Snapshot file(Path path) {
        try {
            return new SnapshotParser().parse(List.of(new Capture(path.getFileName().toString(), null,
                    TextDecoder.decode(Files.readAllBytes(path)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Snapshot text(String text) {
        return new SnapshotParser().parse(List.of(new Capture("paste", null, text)));
    }

    public static Row only(Snapshot s, String menu) {
        List<Row> rows = s.rows(menu);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row in " + menu + " but got " + rows.size() + ": " + s.tables().keySet());
        }
        return rows.get(0);
    }
}
