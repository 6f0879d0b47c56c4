package org.l2tpdoctor.analyze;

import java.nio.file.Path;
import java.util.List;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.Row;

/** Shortcuts for analyzer tests: analyse a paste or a rule fixture, read one virtual menu. */
final class AnalyzerTestSupport {
    private AnalyzerTestSupport() {
    }

    static Analysis text(String paste) {
        return Analyze.run(TestParsing.text(paste));
    }

    static Analysis fixture(String name) {
        return Analyze.run(TestParsing.file(Path.of("rules/fixtures").resolve(name)));
    }

    static List<Row> rows(Analysis a, String menu) {
        return a.snapshot().rows(menu);
    }

    static Row only(Analysis a, String menu) {
        List<Row> rows = rows(a, menu);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row in " + menu + " but got " + rows);
        }
        return rows.get(0);
    }
}
