package org.l2tpdoctor.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.TextDecoder;
import org.l2tpdoctor.model.Snapshot;

/** Development aid: prints what the parser makes of each corpus file. */
public final class CorpusDump {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        try (Stream<Path> files = Files.list(dir).sorted()) {
            for (Path f : files.filter(p -> !p.toString().endsWith(".md")).toList()) {
                Snapshot s = new SnapshotParser().parse(List.of(new Capture(f.getFileName().toString(), null,
                        TextDecoder.decode(Files.readAllBytes(f)))));
                System.out.println("=== " + f.getFileName() + " v=" + s.version().text() + " " + s.linesUnderstood() + "/" + s.linesRead());
                s.warnings().forEach(w -> System.out.println("  WARN " + w + " | " + w.text()));
                s.tables().forEach((m, rows) -> rows.stream().limit(args.length > 1 ? 100 : 3).forEach(r -> System.out.println("  " + m + " #" + r.id() + " " + r.flags() + " " + r.properties() + (r.comment() != null ? " ;;; " + r.comment() : ""))));
                s.events().stream().limit(3).forEach(e -> System.out.println("  LOG " + e.time() + " " + e.topics() + " | " + e.message()));
            }
        }
    }
}
