package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.options.OutputOptions;
import org.l2tpdoctor.report.Format;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/**
 * The shared options exist twice: as annotations, for the commands declared with them, and in
 * code, for the commands built so. Both give the same help and read arguments the same way.
 */
class CodeBuiltOptionsMatchTheAnnotationsTest {

    @Test
    void outputOptionsReadAndDescribeTheSame() {
        OutputOptions annotated = new OutputOptions();
        OutputOptions built = new OutputOptions();
        CommandSpec spec = CommandSpec.create().name("x");
        OutputOptions.addTo(spec, built);
        String[] args = {"--format", "json", "--color", "never", "-v"};

        assertThat(usage(new CommandLine(CommandSpec.forAnnotatedObject(annotated).name("x"))))
                .isEqualTo(usage(new CommandLine(spec)));
        new CommandLine(CommandSpec.forAnnotatedObject(annotated)).parseArgs(args);
        new CommandLine(spec).parseArgs(args);
        assertThat(built.format).isEqualTo(annotated.format).isEqualTo(Format.json);
        assertThat(built.color).isEqualTo(annotated.color).isEqualTo(OutputOptions.Color.never);
        assertThat(built.verbose).isEqualTo(annotated.verbose).isTrue();
    }

    @Test
    void outputOptionsHaveTheSameDefaults() {
        OutputOptions annotated = new OutputOptions();
        OutputOptions built = new OutputOptions();
        CommandSpec spec = CommandSpec.create();
        OutputOptions.addTo(spec, built);

        new CommandLine(CommandSpec.forAnnotatedObject(annotated)).parseArgs();
        new CommandLine(spec).parseArgs();
        assertThat(built.format).isEqualTo(annotated.format).isEqualTo(Format.text);
        assertThat(built.color).isEqualTo(annotated.color).isEqualTo(OutputOptions.Color.auto);
        assertThat(built.verbose).isEqualTo(annotated.verbose).isFalse();
    }

    @Test
    void diagnosisOptionsReadAndDescribeTheSame() {
        DiagnosisOptions annotated = new DiagnosisOptions();
        DiagnosisOptions built = new DiagnosisOptions();
        CommandSpec spec = CommandSpec.create().name("x");
        DiagnosisOptions.addTo(spec, built);
        String[] args = {"--fail-on", "error", "--rules", "my-rules", "--symptom", "second client fails",
            "--fix-script", "fix.rsc"};

        assertThat(usage(new CommandLine(CommandSpec.forAnnotatedObject(annotated).name("x"))))
                .isEqualTo(usage(new CommandLine(spec)));
        new CommandLine(CommandSpec.forAnnotatedObject(annotated)).parseArgs(args);
        new CommandLine(spec).parseArgs(args);
        assertThat(built.failOn).isEqualTo(annotated.failOn).isEqualTo("error");
        assertThat(built.rulesFolder).isEqualTo(annotated.rulesFolder).isEqualTo(Path.of("my-rules"));
        assertThat(built.symptom).isEqualTo(annotated.symptom).isEqualTo("second client fails");
        assertThat(built.fixScript).isEqualTo(annotated.fixScript).isEqualTo(Path.of("fix.rsc"));
    }

    @Test
    void diagnosisOptionsHaveTheSameDefaults() {
        DiagnosisOptions annotated = new DiagnosisOptions();
        DiagnosisOptions built = new DiagnosisOptions();
        CommandSpec spec = CommandSpec.create();
        DiagnosisOptions.addTo(spec, built);

        new CommandLine(CommandSpec.forAnnotatedObject(annotated)).parseArgs();
        new CommandLine(spec).parseArgs();
        assertThat(built.failOn).isEqualTo(annotated.failOn).isEqualTo("warning");
        assertThat(built.rulesFolder).isEqualTo(annotated.rulesFolder).isNull();
        assertThat(built.symptom).isEqualTo(annotated.symptom).isNull();
        assertThat(built.fixScript).isEqualTo(annotated.fixScript).isNull();
    }

    private static String usage(CommandLine cli) {
        return cli.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }
}
