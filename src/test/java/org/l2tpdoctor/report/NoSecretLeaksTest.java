package org.l2tpdoctor.report;

import org.l2tpdoctor.text.Secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.l2tpdoctor.SharedFiles;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.cli.CliRun;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * No secret from any fixture or corpus file reaches any output: diagnose text (verbose) and
 * JSON, parse text and JSON. Skipped, because their appearance would prove nothing: secrets
 * shorter than four characters ("1", "123"), secrets that are also an ordinary value in the same
 * input (a hotspot user whose password is its name), and secrets that are words of the report's
 * own vocabulary (a PSK literally "secret").
 */
class NoSecretLeaksTest {

    static Stream<Path> inputs() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> a = Files.list(SharedFiles.corpus()); Stream<Path> b = Files.list(Path.of("rules/fixtures"));
             Stream<Path> c = Files.list(Path.of("src/test/resources/golden"))) {
            a.filter(p -> !p.toString().endsWith(".md")).forEach(all::add);
            b.forEach(all::add);
            c.filter(p -> p.toString().endsWith(".txt")).forEach(all::add);
        }
        return all.stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void noSecretInAnyFormat(Path input) {
        Set<String> secrets = secretsIn(TestParsing.file(input), input);
        String file = input.toString();
        List<String> outputs = List.of(
                CliRun.run("", "diagnose", "-v", "--color", "never", file).out(),
                CliRun.run("", "diagnose", "--format", "json", file).out(),
                CliRun.run("", "parse", "-v", file).out(),
                CliRun.run("", "parse", "--format", "json", file).out());
        for (String secret : secrets) {
            for (String out : outputs) {
                assertThat(out).as("secret from " + file).doesNotContain(secret);
            }
        }
    }

    /**
     * The secrets as the raw input holds them ({@code key=value}, {@code key: value}): the parsed
     * rows hold only tokens for them, since rows are masked as they are made.
     */
    private static Set<String> secretsIn(Snapshot s, Path input) {
        Set<String> secrets = new LinkedHashSet<>();
        Set<String> ordinary = new LinkedHashSet<>();
        String raw;
        try {
            raw = Files.readString(input, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w-])([a-z0-9-]+)(?:=|: +)(\"[^\"\\n]*\"|[^\\s\"]+)").matcher(raw);
        while (m.find()) {
            String v = m.group(2).startsWith("\"") ? m.group(2).substring(1, m.group(2).length() - 1) : m.group(2);
            if (Secrets.isSecret(m.group(1)) && v.length() >= 4 && !v.chars().allMatch(c -> c == '*')) {
                secrets.add(v);
            }
        }
        for (List<Row> rows : s.tables().values()) {
            for (Row r : rows) {
                r.properties().forEach((k, v) -> {
                    if (v != null && !Secrets.isSecret(k)) {
                        ordinary.add(v);
                    }
                });
            }
        }
        secrets.removeAll(ordinary);
        secrets.removeIf(NoSecretLeaksTest::isReportVocabulary);
        return secrets;
    }

    private static boolean isReportVocabulary(String word) {
        return word.matches("[a-z]+") && VOCABULARY.contains(word);
    }

    private static final String VOCABULARY = vocabulary();

    private static String vocabulary() {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> rules = Files.list(Path.of("rules"))) {
            for (Path rule : rules.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                text.append(Files.readString(rule)).append('\n');
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }
}
