package org.l2tpdoctor.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What every command built in code rather than from annotations shares. The top level and
 * {@code diagnose} are built so: they are the start-up path a helpdesk runs dozens of times an
 * hour, and reading picocli's annotations costs a cold JVM about 25 ms of a 150 ms run
 * (measured with bench/run: JDK annotation proxies and reflection over every member). The
 * other commands keep their annotations.
 */
final class CodeBuiltCommand {
    private CodeBuiltCommand() {
    }

    /** A command with -h/--help and -V/--version, as picocli's mixinStandardHelpOptions gives them. */
    static CommandSpec of(String name, Object command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.versionProvider(new VersionProvider());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .description("Print version information and exit.").build());
        return spec;
    }
}
