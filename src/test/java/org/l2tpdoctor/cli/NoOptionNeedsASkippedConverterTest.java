package org.l2tpdoctor.cli;

import org.l2tpdoctor.app.Program;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.engine.Io;
import org.l2tpdoctor.report.ExitCodes;

/** Main skips picocli's java.sql and java.time converters: no option of the command line may need one. */
class NoOptionNeedsASkippedConverterTest {

    @Test
    void everyDateOrTimeOptionBringsItsOwnConverter() {
        Main main = new Main(new Io(null, null, null, Map.of(), false, false), Program.frontEnds());
        assertThat(OptionTypes.needingSkippedConverters(Main.commandLine(main, ""))).isEmpty();
    }

    @Test
    void aDurationOptionStillReadsWithTheConvertersSkipped() {
        CliRun.Result r = CliRun.run("", "check", "--demo", "--watch", "soon");
        assertThat(r.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("--watch").doesNotContain("No TypeConverter");
    }
}
