package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * Each analyzer does what it declares: it derives the same rows, with the same basis, from a
 * snapshot holding only the menus it says it reads; it produces only the menus it says it
 * produces; and it comes after the analyzers that produce the virtual menus it reads.
 */
class AnalyzersKeepTheirContractTest {

    static Stream<Path> inputs() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String folder : List.of("rules/fixtures", "src/test/resources/golden")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".rsc")).sorted()
                        .forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void eachAnalyzerReadsOnlyWhatItDeclaresAndProducesOnlyWhatItDeclares(Path input) {
        Snapshot current = TestParsing.file(input);
        for (Analyzer analyzer : Analyze.ANALYZERS) {
            String name = analyzer.getClass().getSimpleName();
            Derived whole = analyzer.derive(current);
            Derived restricted = analyzer.derive(only(current, analyzer.reads()));
            assertThat(restricted.tables()).as(name + " on " + input + ", given only what it reads")
                    .isEqualTo(whole.tables());
            assertThat(basisInOrder(restricted)).as(name + "'s basis on " + input).isEqualTo(basisInOrder(whole));
            assertThat(analyzer.produces().stream().map(VirtualMenu::path))
                    .as(name + " declares every menu it produced").containsAll(whole.tables().keySet());
            current = current.withTables(whole.tables());
        }
    }

    @Test
    void anAnalyzerComesAfterTheProducersOfTheVirtualMenusItReads() {
        Set<String> produced = new HashSet<>();
        Set<String> virtual = new HashSet<>(Analyze.virtualMenus());
        for (Analyzer analyzer : Analyze.ANALYZERS) {
            for (String menu : analyzer.reads()) {
                boolean real = !virtual.contains(menu) || ownsInput(analyzer, menu);
                assertThat(real || produced.contains(menu))
                        .as(analyzer.getClass().getSimpleName() + " reads " + menu + " before it is produced").isTrue();
            }
            analyzer.produces().forEach(v -> produced.add(v.path()));
        }
    }

    @Test
    void everyVirtualMenuSaysWhatToPaste() {
        assertThat(Analyze.virtualMenus()).doesNotHaveDuplicates()
                .allSatisfy(menu -> assertThat(Analyze.sourceOf(menu)).isNotBlank());
    }

    /** A menu the analyzer completes itself: /log from the events, the paste repairs the parse step found. */
    private static boolean ownsInput(Analyzer analyzer, String menu) {
        return analyzer.produces().stream().anyMatch(v -> v.path().equals(menu));
    }

    private static Snapshot only(Snapshot s, List<String> menus) {
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        s.tables().forEach((menu, rows) -> {
            if (menus.contains(menu)) {
                tables.put(menu, rows);
            }
        });
        return new Snapshot(tables, menus.contains(Menus.LOG.path()) ? s.events() : List.of(), s.version(),
                s.identity(), s.sections(), s.warnings(), s.fromExport(), s.eventsSeen());
    }

    /** Each derived row's basis, in the order of the rows (the rows themselves are new objects each time). */
    private static List<List<Row>> basisInOrder(Derived d) {
        List<List<Row>> out = new ArrayList<>();
        d.tables().values().forEach(rows -> rows.forEach(r -> out.add(d.basis().getOrDefault(r, List.of(r)))));
        return out;
    }
}
