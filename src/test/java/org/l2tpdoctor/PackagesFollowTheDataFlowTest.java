package org.l2tpdoctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of ARCHITECTURE.md, read from the sources' import lines: a package imports only
 * packages below it (a collect subpackage may use collect's others), and the two front ends, cli
 * and shell, never import each other.
 */
class PackagesFollowTheDataFlowTest {
    private static final Path SOURCES = Path.of("src/main/java/org/l2tpdoctor");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.l2tpdoctor\\.([a-z.]+)\\.[A-Z]",
            Pattern.MULTILINE);

    /** Each package's floor: the higher imports the lower, never the other way. */
    private static final Map<String, Integer> FLOOR = Map.ofEntries(
            Map.entry("text", 0),
            Map.entry("model", 1),
            Map.entry("collect", 2),
            Map.entry("parse", 3),
            Map.entry("analyze", 4),
            Map.entry("rules", 5),
            Map.entry("report", 6),
            Map.entry("engine", 7),
            Map.entry("options", 8),
            Map.entry("cli", 9), Map.entry("shell", 9),
            Map.entry("app", 10));

    @Test
    void noPackageImportsOneAboveItAndTheFrontEndsStayApart() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = group(SOURCES.relativize(file.getParent()).toString().replace('/', '.'));
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String to = group(m.group(1));
                    if (!to.equals(from) && FLOOR.get(to) >= FLOOR.get(from)) {
                        wrong.add(SOURCES.relativize(file) + " imports " + m.group(1));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPackageHasAFloor() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList())
                    .allSatisfy(p -> assertThat(FLOOR).containsKey(p));
        }
    }

    /** collect.ssh and collect.demo belong to collect's floor. */
    private static String group(String pkg) {
        int dot = pkg.indexOf('.');
        String top = dot < 0 ? pkg : pkg.substring(0, dot);
        assertThat(FLOOR).as("the floor of package " + pkg).containsKey(top);
        return top;
    }
}
