package org.l2tpdoctor.engine;

import java.util.List;
import org.l2tpdoctor.report.JsonReport;
import org.l2tpdoctor.report.MarkdownReport;
import org.l2tpdoctor.report.Metrics;
import org.l2tpdoctor.report.Monitored;
import org.l2tpdoctor.report.PluginOutput;
import org.l2tpdoctor.report.Provenance;
import org.l2tpdoctor.report.Style;
import org.l2tpdoctor.report.SymptomSection;
import org.l2tpdoctor.report.TextReport;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.SymptomMatcher;

/** Renders a diagnosis in the chosen format: the one place diagnose, check and the shell print reports. */
public final class Reports {
    private Reports() {
    }

    public static void render(Diagnosis d, int code, ReportOptions output, String symptom, List<Rule> rules, Io io) {
        render(d, code, output, symptom, rules, null, io);
    }

    public static void render(Diagnosis d, int code, ReportOptions output, String symptom, List<Rule> rules,
                              Provenance provenance, Io io) {
        switch (output.format()) {
            case json -> new JsonReport().render(d, code, provenance, io.out());
            case markdown -> new MarkdownReport().render(d, io.out());
            case nagios -> PluginOutput.of(List.of(monitored(d, provenance)), Level.WARNING).print(io.out());
            case prometheus -> Metrics.of(List.of(monitored(d, provenance))).write(io.out());
            default -> {
                Style style = new Style(output.colour());
                if (symptom != null && !symptom.isBlank()) {
                    SymptomSection.render(symptom, SymptomMatcher.rank(symptom, rules), d, style, io.out());
                    io.out().println();
                }
                new TextReport(style, output.verbose()).render(d, provenance, io.out());
            }
        }
    }

    /** A paste as a monitored router: its name is where it came from. */
    private static Monitored monitored(Diagnosis d, Provenance provenance) {
        return provenance == null ? new Monitored("input", d, true, List.of(), null)
                : new Monitored(provenance.source(), d, provenance.complete(), provenance.problems(), null);
    }
}
