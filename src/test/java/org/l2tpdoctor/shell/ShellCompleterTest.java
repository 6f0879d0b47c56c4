package org.l2tpdoctor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.engine.Pipeline;

/** Tab completion: commands, options, menus, rule ids, hosts, scenarios, enum values and files. */
class ShellCompleterTest {
    @TempDir
    Path home;

    private Terminal terminal;
    private Session session;
    private ShellCompleter completer;
    private LineReaderImpl reader;

    @BeforeEach
    void setUp() throws Exception {
        Path ssh = Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(ssh.resolve("known_hosts"), String.join("\n",
                "office-gw.example.net,203.0.113.1 ssh-ed25519 AAAAC3Nza",
                "[branch-gw]:2222 ssh-rsa AAAAB3Nza",
                "|1|hashedhostname= ssh-ed25519 AAAAC3Nza",
                "@cert-authority *.example.net ssh-ed25519 AAAA") + "\n");
        Files.writeString(ssh.resolve("config"), "Host core-gw lab-*\n  User admin\nHost *\n  ServerAliveInterval 30\n");
        Path inventory = Files.writeString(home.resolve("routers.txt"), "# fleet\nadmin@edge-1:2200\nedge-2 ops\n");
        ShellSettings settings = new ShellSettings(Pipeline.rules(null), Map.of(), null, ssh, inventory, false);
        session = new Session(settings.rules());
        completer = new ShellCompleter(session, settings);
        terminal = ShellTerminal.overStreams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
        reader = ShellReader.build(terminal, null, completer);
    }

    @AfterEach
    void tearDown() throws Exception {
        terminal.close();
    }

    private List<String> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(reader, reader.getParser().parse(line, line.length(), Parser.ParseContext.COMPLETE),
                candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void commandNamesAndOptions() {
        assertThat(complete("")).contains("connect", "show", "paste", "explain", "exit", "quit", "fix-script");
        assertThat(complete("connect --")).contains("--demo", "--accept-new-host-key", "--legacy-algorithms",
                "--connect-timeout", "--user", "--port", "--identity", "--help")
                .doesNotContain("--host", "--inventory", "--version");
        assertThat(complete("diagnose --format ")).containsExactlyInAnyOrder("text", "json", "markdown", "nagios", "prometheus");
        assertThat(complete("help ")).contains("watch", "symptom");
    }

    @Test
    void hostsFromKnownHostsSshConfigAndInventory() {
        assertThat(complete("connect ")).contains("office-gw.example.net", "203.0.113.1", "branch-gw:2222",
                "core-gw", "edge-1:2200", "edge-2")
                .noneMatch(h -> h.contains("*") || h.startsWith("|") || h.startsWith("@"));
        assertThat(complete("connect -l admin ")).contains("core-gw");
        assertThat(complete("connect --demo ")).contains("healthy", "second-client-fails", "drops");
    }

    @Test
    void ruleIds() {
        assertThat(complete("explain ")).contains("L2TP-NAT-001", "L2TP-POLICY-001");
    }

    @Test
    void menusFromTheKnownNamesAndTheEvidence() {
        assertThat(complete("show ")).contains("installed-sa", "policy", "attempt", "ppp/profile", "ipsec/profile",
                "filter", "active-peers");
        assertThat(complete("show /")).contains("/ip/ipsec/installed-sa", "/doctor/attempt");
        assertThat(complete("show /ip ipsec ")).contains("policy", "installed-sa", "identity")
                .doesNotContain("filter");
        session.add(List.of(new Capture("paste#1", null, "[admin@R1] > /interface bridge print\n"
                + "Flags: X - disabled, R - running\n 0 R name=\"bridge\" mtu=auto\n")));
        assertThat(complete("show ")).contains("bridge");
    }

    @Test
    void filePaths() throws Exception {
        Files.writeString(home.resolve("paste-one.txt"), "x");
        Files.createDirectories(home.resolve("bundle"));
        String prefix = home + "/";
        assertThat(complete("load " + prefix)).anyMatch(c -> c.endsWith("paste-one.txt"))
                .anyMatch(c -> c.contains("bundle"));
        assertThat(complete("fix-script " + prefix)).anyMatch(c -> c.endsWith("paste-one.txt"));
    }
}
