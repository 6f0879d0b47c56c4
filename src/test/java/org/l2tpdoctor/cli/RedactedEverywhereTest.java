package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * --redact: a paste with public addresses, a serial number, a software id and a MAC address prints
 * none of them in any format (text, -v, JSON, Markdown, parse, the fix script), each address is
 * the same documentation address everywhere, and the report says what was masked.
 */
class RedactedEverywhereTest {
    private static final String PASTE = """
            [admin@Office-GW] > /system routerboard print
                   routerboard: yes
                         model: RB5009UG+S+
                 serial-number: HE40812ABCD
            [admin@Office-GW] > /system license print
                  software-id: 7ABC-DE12
            [admin@Office-GW] > /interface ethernet print detail
             0   name="ether1" mtu=1500 mac-address=4C:5E:0C:11:22:33 orig-mac-address=4C:5E:0C:11:22:33
            [admin@Office-GW] > /ip ipsec active-peers print detail
             0 R  id=192.168.10.21 local-address=85.10.20.30 port=1024 remote-address=91.64.1.2 state=established side=responder uptime=55m36s
             1 R  id=192.168.10.37 local-address=85.10.20.30 port=1031 remote-address=91.64.1.2 state=established side=responder uptime=1m12s
            [admin@Office-GW] > /ppp active print detail
             0   name="dave" service=l2tp caller-id="91.64.1.2" address=10.10.10.14 uptime=1h2m44s encoding="cbc(aes) + hmac(sha1)"
            [admin@Office-GW] > /log print where topics~"ipsec"
            2026-09-18 13:35:03 ipsec,info ISAKMP-SA established 85.10.20.30[4500]-91.64.1.2[1031] spi:b7c6d5e4f3a29180:0918a2b3c4d5e6f7
            """;
    private static final List<String> PRIVATE = List.of("85.10.20.30", "91.64.1.2", "HE40812ABCD", "7ABC-DE12",
            "4C:5E:0C:11:22:33");

    @Test
    void noFormatPrintsWhatWasRedacted() throws Exception {
        for (List<String> args : List.of(
                List.of("diagnose", "--redact", "--color", "never", "-"),
                List.of("diagnose", "--redact", "-v", "--color", "never", "-"),
                List.of("diagnose", "--redact", "--format", "json", "-"),
                List.of("diagnose", "--redact", "--format", "markdown", "-"),
                List.of("parse", "--redact", "-v", "-"),
                List.of("parse", "--redact", "--format", "json", "-"))) {
            CliRun.Result r = CliRun.run(PASTE, args.toArray(String[]::new));
            assertThat(r.out() + r.err()).as(String.join(" ", args)).doesNotContain(PRIVATE);
            assertThat(r.out()).as(String.join(" ", args)).contains("public address");
            if (args.get(0).equals("parse")) {
                // parse prints every row: the serial number, software id and MAC address were there to mask
                assertThat(r.out()).as(String.join(" ", args)).contains("MAC address", "serial number or software id");
            }
        }
    }

    @Test
    void oneAddressReadsTheSameEverywhereAndTheReportSaysWhatWasMasked() {
        CliRun.Result r = CliRun.run(PASTE, "diagnose", "--redact", "-v", "--color", "never", "-");
        assertThat(r.out()).contains("Redacted for sharing (--redact): 2 public addresses masked");
        // the client's public address became one documentation address, used in the peers, session and log
        String client = r.out().replaceAll("(?s).*remote-address=(\\d+\\.\\d+\\.\\d+\\.\\d+).*", "$1");
        assertThat(client).matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d+");
        assertThat(r.out()).contains("caller-id=" + client).contains("-" + client + "[1031]");
        String json = CliRun.run(PASTE, "diagnose", "--redact", "--format", "json", "-").out();
        assertThat(json.strip()).endsWith("}").contains("\"redacted\": {");
    }

    @Test
    void theFixScriptIsRedactedToo() throws Exception {
        Path script = Files.createTempDirectory("l2tpdoctor-redact").resolve("fix.rsc");
        CliRun.run(PASTE, "diagnose", "--redact", "--fix-script", script.toString(), "-");
        assertThat(Files.readString(script)).doesNotContain(PRIVATE);
    }

    @Test
    void userNamesOnlyWithRedactUsers() {
        assertThat(CliRun.run(PASTE, "diagnose", "--redact", "-v", "--color", "never", "-").out()).contains("dave");
        assertThat(CliRun.run(PASTE, "diagnose", "--redact-users", "-v", "--color", "never", "-").out())
                .doesNotContain("dave").contains("user1");
    }
}
