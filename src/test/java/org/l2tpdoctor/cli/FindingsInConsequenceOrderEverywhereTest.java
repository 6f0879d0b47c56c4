package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.report.Consequence;
import org.l2tpdoctor.rules.Diagnosis;

/**
 * Every format shows the findings in the same order, that of their consequence (blocking errors,
 * errors, warnings, info; stronger evidence first within a level), for every fixture; and the fix
 * script holds the very plan the report's "Do this first" shows.
 */
class FindingsInConsequenceOrderEverywhereTest {
    private static final Pattern TEXT = Pattern.compile("(?m)^(?:BLOCKING ERROR|ERROR|WARNING|INFO)\\s+(L2TP-[A-Z0-9-]+)\\s");
    private static final Pattern MARKDOWN = Pattern.compile("(?m)^### (?:BLOCKING ERROR|ERROR|WARNING|INFO) (L2TP-[A-Z0-9-]+):");
    private static final Pattern JSON_ID = Pattern.compile("\"id\": \"(L2TP-[A-Z0-9-]+)\"");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules/fixtures"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void textJsonAndMarkdownListFindingsByConsequence(Path fixture) throws Exception {
        Diagnosis d = TestParsing.diagnose(fixture);
        List<String> expected = Consequence.sorted(d.findings()).stream().map(f -> f.rule().id()).toList();

        String text = CliRun.run("", "diagnose", "--color", "never", fixture.toString()).out();
        assertThat(ids(TEXT, text)).as("text").isEqualTo(expected);
        String verbose = CliRun.run("", "diagnose", "-v", "--color", "never", fixture.toString()).out();
        // -v lists every check first; the findings follow under Details and Notes
        int details = verbose.indexOf("\nDetails");
        int start = details >= 0 ? details : verbose.indexOf("\nNotes");
        assertThat(ids(TEXT, start < 0 ? "" : verbose.substring(start))).as("text -v").isEqualTo(expected);
        String markdown = CliRun.run("", "diagnose", "--format", "markdown", fixture.toString()).out();
        assertThat(ids(MARKDOWN, markdown)).as("markdown").isEqualTo(expected);
        String json = CliRun.run("", "diagnose", "--format", "json", fixture.toString()).out();
        String findings = json.substring(json.indexOf("\"findings\": ["), json.indexOf("\"attempts\": ["));
        List<String> top = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^      \"id\": \"(L2TP-[A-Z0-9-]+)\"").matcher(findings);
        while (m.find()) {
            top.add(m.group(1));
        }
        assertThat(top).as("json").isEqualTo(expected);
        String checks = json.substring(json.indexOf("\"checks\": ["));
        assertThat(ids(JSON_ID, checks).subList(0, expected.size())).as("json checks").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theFixScriptIsThePlanTheReportShows(Path fixture) throws Exception {
        Path script = Files.createTempDirectory("l2tpdoctor-plan").resolve("fix.rsc");
        String report = CliRun.run("", "diagnose", "--color", "never", "--fix-script", script.toString(), fixture.toString()).out();
        String rsc = Files.readString(script);
        if (!report.contains("\nDo this first")) {
            assertThat(rsc.lines()).allMatch(l -> l.startsWith("#"));
            return;
        }
        String plan = report.substring(report.indexOf("\nDo this first"), report.indexOf("\nCheck afterwards"));
        List<String> reportLines = plan.lines().skip(2).map(String::strip).filter(l -> !l.startsWith("/export")).toList();
        assertThat(rsc).contains(String.join("\n", reportLines));
        List<String> all = rsc.lines().toList();
        List<String> live = all.stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(live.get(0)).startsWith("/export file=before-l2tpdoctor-");
        assertThat(live).doesNotHaveDuplicates();
        // a print only where the item numbers of the next command need it, and saying so
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).matches("/[^\\[]*\\bprint\\b.*")) {
                assertThat(all.get(i - 1)).as(all.get(i)).isEqualTo("# the item numbers below are those of this print");
                assertThat(all.get(i + 1)).matches(".*(place-before|numbers|destination)=\\d.*");
            }
        }
        assertThat(live.stream().filter(l -> l.startsWith("/ip ipsec installed-sa flush")).count()).isLessThanOrEqualTo(1);
        if (live.contains("/ip ipsec installed-sa flush")) {
            assertThat(live.get(live.size() - 1)).isEqualTo("/ip ipsec installed-sa flush");
        }
    }

    private static List<String> ids(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

}
