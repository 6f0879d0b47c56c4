package org.l2tpdoctor.cli;

import org.l2tpdoctor.app.Program;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.engine.Io;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/**
 * Every line we write into --help (descriptions, examples, footers) fits an 80-column terminal:
 * picocli wraps a longer one mid-example, which reads as two commands.
 */
class HelpFitsEightyColumnsTest {

    @Test
    void everyHandWrittenHelpLineFitsEightyColumns() {
        CommandLine cli = Main.commandLine(new Main(new Io(null, null, null, java.util.Map.of(), false, false), Program.frontEnds()), "");
        List<String> tooLong = new ArrayList<>();
        collect(cli.getCommandSpec(), tooLong);
        assertThat(tooLong).isEmpty();
    }

    private static void collect(CommandSpec spec, List<String> tooLong) {
        List<String> lines = new ArrayList<>();
        lines.addAll(List.of(spec.usageMessage().description()));
        lines.addAll(List.of(spec.usageMessage().footer()));
        lines.addAll(List.of(spec.usageMessage().header()));
        for (String line : lines) {
            if (line.length() > 79) {
                tooLong.add(spec.qualifiedName() + ": " + line);
            }
        }
        spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), tooLong));
    }
}
