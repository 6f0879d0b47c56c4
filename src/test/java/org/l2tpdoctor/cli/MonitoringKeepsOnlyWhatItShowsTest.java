package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.model.Provenance;
import org.l2tpdoctor.report.Format;
import org.l2tpdoctor.report.Monitored;
import org.l2tpdoctor.report.Renderer;
import org.l2tpdoctor.report.Report;
import org.l2tpdoctor.report.ReportOptions;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.Rule;

/**
 * A monitoring run of a fleet keeps, per router, only what the nagios and prometheus formats show
 * ({@link Monitored#kept}); their answer from it is the same, to the byte, as from the whole
 * diagnosis, for every demo scenario alone and for all of them as one fleet.
 */
class MonitoringKeepsOnlyWhatItShowsTest {

    @Test
    void theMonitoringAnswerFromWhatIsKeptIsTheAnswerFromTheWholeDiagnosis() throws Exception {
        List<Rule> rules = Pipeline.rules(null);
        List<Report.Member> whole = new ArrayList<>();
        List<Report.Member> kept = new ArrayList<>();
        for (String name : Scenario.builtInNames()) {
            Diagnosis d = diagnosis(Scenario.load(name), rules);
            Diagnosis k = Monitored.kept(d);
            assertThat(k.snapshot().tables().size()).as(name).isLessThan(d.snapshot().tables().size());
            for (Format format : List.of(Format.nagios, Format.prometheus)) {
                assertThat(render(format, new Report.Router(k, 1))).as(name + " " + format)
                        .isEqualTo(render(format, new Report.Router(d, 1)));
            }
            whole.add(new Report.Member(d.provenance(), d, 1));
            kept.add(new Report.Member(k.provenance(), k, 1));
        }
        for (Format format : List.of(Format.nagios, Format.prometheus)) {
            assertThat(render(format, new Report.Fleet(kept))).as("fleet " + format)
                    .isEqualTo(render(format, new Report.Fleet(whole)));
        }
    }

    /** The scenario's answers to check's commands, diagnosed as check diagnoses a router. */
    private static Diagnosis diagnosis(Scenario scenario, List<Rule> rules) {
        List<Capture> captures = new ArrayList<>();
        for (String command : CommandCatalogue.commandsFor(scenario.major())) {
            scenario.answer(command).ifPresent(text -> captures.add(new Capture(scenario.name(), command, text)));
        }
        Provenance from = new Provenance(scenario.name(), captures.size(), true, List.of(), Duration.ofMillis(1234));
        return Pipeline.diagnose(Pipeline.parse(captures), rules, from, null);
    }

    private static String render(Format format, Report report) {
        Renderer renderer = new ReportOptions(format, false, false).withFailOn(Level.WARNING).renderer();
        StringWriter out = new StringWriter();
        renderer.render(report, new PrintWriter(out));
        return out.toString();
    }
}
