package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.collect.demo.SimulatedRouter;

/**
 * The README's Icinga 2, Nagios and Checkmk snippets, taken from README.md as a reader copies
 * them, their macros resolved as the monitoring system resolves them, each command line run as
 * its own process against a simulated router. The router is "r1.example.net" to the monitoring
 * user: its ~/.ssh/config maps the name to 127.0.0.1 and the port, its key logs in as "monitor"
 * (no password anywhere), its known_hosts trusts the router's key. Only the program's installed
 * path is replaced, by this build's java command.
 */
class MonitoringSnippetsTest {
    private static final String ROUTER = "r1.example.net";

    @TempDir
    Path home;

    @Test
    void icinga2CheckCommandAndApplyRuleRunAsWritten() throws Exception {
        String block = ReadmeBlocks.only("icinga2");
        Matcher object = Pattern.compile("object CheckCommand \"([^\"]+)\" \\{\\n(.*?)\\n\\}", Pattern.DOTALL).matcher(block);
        assertThat(object.find()).as("a CheckCommand object").isTrue();
        String name = object.group(1);
        String body = object.group(2);
        Matcher apply = Pattern.compile("apply Service \"[^\"]+\" \\{\\n(.*?)\\n\\}", Pattern.DOTALL).matcher(block);
        assertThat(apply.find()).as("an apply Service rule").isTrue();
        assertThat(apply.group(1)).contains("check_command = \"" + name + "\"");
        Matcher assign = Pattern.compile("assign where host\\.vars\\.(\\w+)").matcher(apply.group(1));
        assertThat(assign.find()).isTrue();

        // the host the rule applies to: its address, and the custom variable the rule assigns by
        Map<String, String> hostVars = Map.of(assign.group(1), "true");
        Map<String, String> commandVars = new LinkedHashMap<>();
        Matcher vars = Pattern.compile("^\\s*vars\\.(\\w+) = \"([^\"]*)\"", Pattern.MULTILINE).matcher(body);
        while (vars.find()) {
            commandVars.put(vars.group(1), vars.group(2));
        }
        List<String> argv = new ArrayList<>();
        Matcher command = Pattern.compile("command = \\[(.*?)\\]").matcher(body);
        assertThat(command.find()).isTrue();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(command.group(1));
        while (quoted.find()) {
            argv.add(quoted.group(1));
        }
        Matcher arguments = Pattern.compile("arguments = \\{\\n(.*?)\\n\\s*\\}", Pattern.DOTALL).matcher(body);
        assertThat(arguments.find()).isTrue();
        Matcher argument = Pattern.compile("\"([^\"]+)\" = \"([^\"]*)\"").matcher(arguments.group(1));
        while (argument.find()) {
            String value = icingaMacros(argument.group(2), hostVars, commandVars);
            if (!value.isEmpty()) { // Icinga 2 leaves out an argument whose value resolves to nothing
                argv.add(argument.group(1));
                argv.add(value);
            }
        }

        Run r = runAgainst("healthy", argv);

        assertThat(r.code).as(r.out + r.err).isZero();
        assertThat(r.out).startsWith("L2TPDOCTOR OK - " + ROUTER + ": no problem found");
        assertThat(argv).contains("--timeout", "50s");
        assertThat(body).contains("timeout = 1m");
    }

    /** Icinga 2's runtime macros: $address$ is the host's; a custom variable from the host first, then the command. */
    private static String icingaMacros(String value, Map<String, String> hostVars, Map<String, String> commandVars) {
        Matcher m = Pattern.compile("\\$(\\w+)\\$").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String macro = m.group(1);
            String resolved = macro.equals("address") ? ROUTER
                    : hostVars.containsKey(macro) ? hostVars.get(macro)
                    : commandVars.containsKey(macro) ? icingaMacros(commandVars.get(macro), hostVars, commandVars)
                    : null;
            if (resolved == null) {
                throw new AssertionError("Icinga 2 cannot resolve $" + macro + "$");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(resolved));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void nagiosCommandDefinitionRunsAsWritten() throws Exception {
        String block = ReadmeBlocks.only("nagios");
        Matcher definition = Pattern.compile("command_name\\s+(\\S+)\\s*\\n\\s*command_line\\s+(.+)").matcher(block);
        assertThat(definition.find()).isTrue();
        Matcher service = Pattern.compile("check_command\\s+(\\S+)").matcher(block);
        assertThat(service.find()).isTrue();
        String[] check = service.group(1).split("!");
        assertThat(check[0]).isEqualTo(definition.group(1));
        String line = definition.group(2).strip().replace("$HOSTADDRESS$", ROUTER);
        for (int i = 1; i < check.length; i++) {
            line = line.replace("$ARG" + i + "$", check[i]);
        }
        assertThat(line).as("every macro resolved").doesNotContain("$");

        Run r = runAgainst("second-client-fails", ReadmeBlocks.words(line));

        assertThat(r.code).as(r.out + r.err).isEqualTo(2);
        assertThat(r.out).startsWith("L2TPDOCTOR CRITICAL - " + ROUTER + ": L2TP-NAT-001 ").contains("; fix: ", " | 'ipsec_peers'=");
    }

    @Test
    void checkmkMrpeLineRunsAsWritten() throws Exception {
        String line = ReadmeBlocks.only("mrpe").strip();
        // mrpe.cfg: a service description, an optional (parameters) group, then the command line
        Matcher mrpe = Pattern.compile("(\\S+)\\s+(\\([^)]*\\)\\s+)?(.+)").matcher(line);
        assertThat(mrpe.matches()).as("an mrpe.cfg line: " + line).isTrue();

        Run r = runAgainst("drops", ReadmeBlocks.words(mrpe.group(3)));

        assertThat(r.code).as(r.out + r.err).isEqualTo(1);
        assertThat(r.out).startsWith("L2TPDOCTOR WARNING - " + ROUTER + ": L2TP-DPD-001 ");
    }

    private record Run(int code, String out, String err) {
    }

    /** Starts the scenario as r1.example.net for user "monitor" and runs the command line in a JVM of its own. */
    private Run runAgainst(String scenarioName, List<String> argv) throws Exception {
        assertThat(argv.get(0)).as("the installed program").endsWith("/l2tpdoctor");
        Scenario builtIn = Scenario.load(scenarioName);
        Scenario scenario = new Scenario(builtIn.name(), builtIn.version(), builtIn.identity(), "monitor",
                builtIn.password(), builtIn.answers());
        KeyPair key = MonitoringKey.writtenInto(home);
        Path ssh = home.resolve(".ssh");
        try (SimulatedRouter router = new SimulatedRouter()) {
            int port = router.start(scenario, SimulatedRouter.Options.defaults().withoutPasswordLogin()
                    .withAuthorizedKey(key.getPublic()));
            Files.writeString(ssh.resolve("config"), "Host " + ROUTER + "\n    HostName 127.0.0.1\n    Port " + port + "\n");
            String hostKey = router.knownHostsLine().substring(router.knownHostsLine().indexOf(' ') + 1);
            Files.writeString(ssh.resolve("known_hosts"), "[127.0.0.1]:" + port + " " + hostKey + "\n"
                    + "[" + ROUTER + "]:" + port + " " + hostKey + "\n");
            return run(argv.subList(1, argv.size()));
        }
    }

    private Run run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.l2tpdoctor.app.Program"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("HOME", home.toString()); // ~/.ssh is $HOME's, as OpenSSH has it
        builder.environment().remove("SSH_AUTH_SOCK");
        builder.environment().remove("L2TPDOCTOR_PASSWORD");
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command line did not finish: " + args);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
