package org.l2tpdoctor.shell;

import org.l2tpdoctor.collect.ssh.CollectionResult;
import org.l2tpdoctor.engine.Reports;
import org.l2tpdoctor.options.OutputOptions;
import org.l2tpdoctor.report.Provenance;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Level;

/** The diagnosis of all evidence, printed by the CLI's own renderers: shared by diagnose and check. */
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
        Diagnosis d = require(context);
        // The JSON report's exitCode: what diagnose would exit with at its default --fail-on.
        int code = d.hasFindingsAtLeast(Level.WARNING) ? 1 : 0;
        CollectionResult reading = context.session().lastReading();
        Provenance provenance = reading == null ? null : new Provenance(reading.host(), reading.captures().size(),
                reading.complete(), reading.problems());
        Reports.render(d, code, output.reportOptions(context.io()), symptom, context.session().rules(), provenance, context.io());
    }
}
