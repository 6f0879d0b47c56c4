package org.l2tpdoctor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: each paste in src/test/resources/golden/NAME.txt (and each rule fixture in
 * rules/fixtures) beside the report it must produce, golden/NAME.expected (text, no colour, -v,
 * the exit code on the first line). Regenerate with -Dgolden.update=true after a deliberate
 * change, and review the diff.
 */
class GoldenReportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static final Path FIXTURES = Path.of("rules/fixtures");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> golden = Files.list(GOLDEN); Stream<Path> fixtures = Files.list(FIXTURES)) {
            return Stream.concat(golden, fixtures).filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportMatchesGoldenFile(Path input) throws IOException {
        String file = input.getFileName().toString();
        String name = file.substring(0, file.length() - 4);
        CliRun.Result r = CliRun.run("", "diagnose", "-v", "--color", "never", input.toString());
        String actual = "exit " + r.code() + "\n" + r.err() + r.out();
        Path expected = GOLDEN.resolve(name + ".expected");
        Golden.assertMatches(expected, actual);
    }
}
