package org.l2tpdoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.model.Row;

/**
 * A finding lists each piece of evidence once, even when two selections reach the same log line
 * (one through /log, one through the attempt it belongs to): evidence is de-duplicated by row
 * identity, so every analyzer must hand out the same row for the same line.
 */
class EvidenceShowsEachLineOnceTest {

    @TestFactory
    Stream<DynamicTest> noFindingRepeatsALine() throws RuleSyntaxError, IOException {
        List<Rule> rules = RuleLoader.fromFolder(Path.of("rules"));
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> fixtures = Files.list(Path.of("rules/fixtures"))) {
            for (Path fixture : fixtures.sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
                    for (Outcome o : Pipeline.diagnose(TestParsing.file(fixture), rules).outcomes()) {
                        if (o instanceof Outcome.Finding f) {
                            List<String> shown = f.evidence().stream().map(EvidenceShowsEachLineOnceTest::key).toList();
                            assertThat(shown).as(f.rule().id()).doesNotHaveDuplicates();
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static String key(Row r) {
        return r.menu() + " " + r.origin() + " " + r.properties();
    }
}
