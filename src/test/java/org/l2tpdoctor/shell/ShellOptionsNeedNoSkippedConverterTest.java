package org.l2tpdoctor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.cli.OptionTypes;
import org.l2tpdoctor.engine.Pipeline;

/** The shell runs inside the CLI, which skips picocli's java.sql and java.time converters. */
class ShellOptionsNeedNoSkippedConverterTest {

    @Test
    void everyDateOrTimeOptionOfTheShellBringsItsOwnConverter() throws Exception {
        ShellSettings settings = new ShellSettings(Pipeline.rules(null), Map.of(), null, null, null, false);
        Context context = new Context(new Session(settings.rules()), settings, null, null);
        assertThat(OptionTypes.needingSkippedConverters(ShellCommands.commandLine(context))).isEmpty();
    }
}
