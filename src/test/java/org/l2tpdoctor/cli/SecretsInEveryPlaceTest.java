package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canary secrets in every place a secret can hide (issue 17): a firewall comment that a derived
 * row copies, SNMP passwords, a script's source, a value wrapped onto the next line of a print,
 * log text; none reaches any format, the fix script or the parse output.
 */
class SecretsInEveryPlaceTest {
    private static final List<String> CANARIES = List.of("CANARY-fw-comment", "CANARY-snmp-auth",
            "CANARY-snmp-enc", "CANARY-script", "CANARY-wrapped", "CANARY-log-psk", "CANARY-log-passwd");

    @TempDir
    Path tmp;

    @Test
    void noCanaryReachesAnyOutput() throws Exception {
        String paste = Files.readString(Path.of("rules/fixtures/firewall-drop-above-ipsec-accepts.txt"))
                .replace(";;; defconf: drop all not coming from LAN", ";;; drop all not from LAN password=CANARY-fw-comment")
                + "\n[admin@Office-GW] > /snmp community print detail\n"
                + " 0 * name=\"public\" addresses=::/0 security=authorized read-access=yes write-access=no\n"
                + "     authentication-protocol=SHA1 encryption-protocol=AES\n"
                + "     authentication-password=\"CANARY-snmp-auth\" encryption-password=CANARY-snmp-enc\n"
                + "[admin@Office-GW] > /system script print detail\n"
                + " 0   name=\"backup\" owner=\"admin\" policy=ftp,read,write dont-require-permissions=no\n"
                + "     source=\"/tool fetch url=ftp://x user=bak password=CANARY-script\"\n"
                + "[admin@Office-GW] > /ppp secret print detail\n"
                + "Flags: X - disabled\n"
                + " 0   name=\"road1\" service=l2tp caller-id=\"\" password=\"a-very-long-secret-that-wraps-\n"
                + "     CANARY-wrapped-q.words\" profile=default-encryption local-address=0.0.0.0 remote-address=0.0.0.0\n"
                + " 1   name=\"road2\" service=l2tp caller-id=\"\" password=\n"
                + "     CANARY-wrapped.words profile=default-encryption\n"
                + "[admin@Office-GW] > /log print\n"
                + "13:40:01 ipsec,debug psk \"CANARY-log-psk\"\n"
                + "13:40:02 system,info user admin changed passwd=CANARY-log-passwd\n";
        Path file = Files.writeString(tmp.resolve("paste.txt"), paste);
        Path script = tmp.resolve("fix.rsc");
        List<String> outputs = new ArrayList<>();
        CliRun.Result text = CliRun.run("", "diagnose", "-v", "--color", "never", "--fix-script", script.toString(),
                file.toString());
        outputs.add(text.out() + text.err());
        for (String format : List.of("json", "markdown")) {
            CliRun.Result r = CliRun.run("", "diagnose", "-v", "--format", format, file.toString());
            outputs.add(r.out() + r.err());
        }
        CliRun.Result parse = CliRun.run("", "parse", "-v", file.toString());
        outputs.add(parse.out() + parse.err());
        CliRun.Result parseJson = CliRun.run("", "parse", "--format", "json", file.toString());
        outputs.add(parseJson.out() + parseJson.err());
        if (Files.exists(script)) {
            outputs.add(Files.readString(script));
        }
        assertThat(text.out()).as("the derived firewall-path row is in the report").contains("drop all not from LAN");
        assertThat(parse.out()).as("a wrapped secret is not an empty one").doesNotContain("password=\"\"")
                .contains("road2 service=l2tp caller-id=\"\" password=******** profile=default-encryption");
        for (String out : outputs) {
            for (String canary : CANARIES) {
                assertThat(out).doesNotContain(canary);
            }
        }
    }
}
