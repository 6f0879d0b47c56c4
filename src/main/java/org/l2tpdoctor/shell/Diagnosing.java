package org.l2tpdoctor.shell;

import org.l2tpdoctor.collect.ssh.CollectionResult;
import org.l2tpdoctor.model.Provenance;
import org.l2tpdoctor.options.OutputOptions;
import org.l2tpdoctor.report.ExitCodes;
import org.l2tpdoctor.report.Report;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;
import org.l2tpdoctor.rules.SymptomRanking;

/** The diagnosis of all evidence, printed by the format's renderer as the CLI prints it: shared by diagnose, check and watch. */
final class Diagnosing {
    private Diagnosing() {
    }

    static Diagnosis require(Context context) throws ShellError {
        if (!context.session().hasEvidence()) {
            throw new ShellError("no evidence yet: connect HOST (or connect --demo), paste, or load FILE first");
        }
        Diagnosis d = context.session().diagnosis();
        if (d.snapshot().isEmpty()) {
            throw new ShellError("nothing in the evidence looks like RouterOS output (print output, log lines or an"
                    + " /export); 'clear' and paste again");
        }
        return d;
    }

    static void render(Context context, OutputOptions output, String symptom) throws ShellError {
        CollectionResult reading = context.session().lastReading();
        Provenance provenance = reading == null ? null : new Provenance(reading.host(), reading.captures().size(),
                reading.complete(), reading.problems());
        Diagnosis d = require(context).withProvenance(provenance)
                .withSymptom(SymptomRanking.of(symptom, context.session().rules()));
        // The JSON report's exitCode: what diagnose would exit with at its default --fail-on.
        int code = d.hasFindingsAtLeast(Level.WARNING) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
        output.reportOptions(context.io()).renderer().render(new Report.Router(d, code), context.out());
    }
}
