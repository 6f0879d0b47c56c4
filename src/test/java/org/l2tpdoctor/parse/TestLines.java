package org.l2tpdoctor.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.l2tpdoctor.SharedFiles;
import org.l2tpdoctor.collect.TextDecoder;

/** Lines to hold a fast path to the slow path it replaces: every real line we have, and seeded mutants. */
final class TestLines {
    private TestLines() {
    }

    /** Every line of the corpus, the rule fixtures and the demo routers' answers. */
    static List<String> everyKnownLine() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path folder : List.of(SharedFiles.corpus(), Path.of("rules/fixtures"), Path.of("src/main/resources/scenarios"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    lines.addAll(InputText.lines(TextDecoder.decode(Files.readAllBytes(f))));
                }
            }
        }
        return lines;
    }

    /** {@code count} lines, each one of {@code base} with up to three characters deleted or inserted from {@code noise}. */
    static List<String> mutated(long seed, int count, String noise, String... base) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder(base[r.nextInt(base.length)]);
            for (int k = r.nextInt(4); k > 0; k--) {
                int at = r.nextInt(s.length() + 1);
                if (r.nextBoolean() && at < s.length()) {
                    s.deleteCharAt(at);
                } else {
                    s.insert(at, noise.charAt(r.nextInt(noise.length())));
                }
            }
            lines.add(s.toString());
        }
        return lines;
    }
}
