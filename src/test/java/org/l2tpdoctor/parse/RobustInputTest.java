package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.TextDecoder;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/** Whatever a terminal, a mail client or a forum does to a paste, the rows come out the same. */
class RobustInputTest {
    private static final String IDENTITY = """
            [admin@R1] > /ip ipsec identity print detail
            Flags: D - dynamic; X - disabled
             0    ;;; office
                  peer=roadwarriors auth-method=pre-shared-key generate-policy=no
            """;

    private static Row identity(String text) {
        return TestParsing.only(TestParsing.text(text), "/ip ipsec identity");
    }

    @Test
    void lineEndingsDoNotMatter() {
        Row lf = identity(IDENTITY);
        assertThat(identity(IDENTITY.replace("\n", "\r\n"))).isEqualTo(lf);
        assertThat(identity(IDENTITY.replace("\n", "\r"))).isEqualTo(lf);
    }

    @Test
    void colourCodesTabsAndTrailingSpacesAreIgnored() {
        String coloured = IDENTITY.replace("generate-policy=no", "\u001b[36mgenerate-policy\u001b[m=no   ")
                .replace("      peer=", "\t\tpeer=");
        assertThat(identity(coloured).get("generate-policy")).isEqualTo("no");
        assertThat(identity(coloured).get("peer")).isEqualTo("roadwarriors");
    }

    @Test
    void byteOrderMarkAndLatin1AreDecoded() {
        byte[] bom = ("\uFEFF" + IDENTITY).getBytes(StandardCharsets.UTF_8);
        assertThat(identity(TextDecoder.decode(bom)).comment()).isEqualTo("office");
        byte[] latin1 = IDENTITY.replace("office", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(identity(TextDecoder.decode(latin1)).comment()).isEqualTo("caf\u00e9");
    }

    @Test
    void nulAndControlBytesAreReportedNotFatal() {
        Snapshot s = TestParsing.text(IDENTITY + " 1    peer=\u0000\u0007x generate-policy=\u0001\n");
        assertThat(s.rows("/ip ipsec identity")).isNotEmpty();
        assertThat(s.linesUnderstood() + s.warnings().size()).isEqualTo(s.linesRead());
    }

    @Test
    void aMegabyteLineIsReadOrWarnedAbout() {
        String huge = " 1    peer=" + "x".repeat(1 << 20) + " generate-policy=no\n";
        Snapshot s = TestParsing.text(IDENTITY + huge);
        assertThat(s.rows("/ip ipsec identity")).hasSize(2);
        Snapshot garbage = TestParsing.text("[admin@R1] /" + " ".repeat(1 << 20) + "x\n");
        assertThat(garbage.linesRead()).isEqualTo(1);
    }

    @Test
    void emptyInputIsEmpty() {
        assertThat(TestParsing.text("").isEmpty()).isTrue();
        assertThat(TestParsing.text("\n\n   \n").isEmpty()).isTrue();
    }

    @Test
    void quotedValueWrappedOntoTheNextLineIsJoined() {
        Row r = identity(IDENTITY.replace("generate-policy=no", "generate-policy=no comment2=\"a long\n      text\""));
        assertThat(r.get("comment2")).isEqualTo("a long text");
    }

    @Test
    void hexEncodedCommentIsDecoded() {
        assertThat(identity(IDENTITY.replace("office", "C3EEF0E5EBEEE2E0")).comment()).isEqualTo("Горелова");
        assertThat(identity(IDENTITY.replace("office", "DEADBEEF")).comment()).isEqualTo("DEADBEEF");
    }

    @Test
    void countOnlyPrintsAreUnderstoodWithoutPhantomRows() {
        Snapshot s = TestParsing.text("[admin@R1] > /ppp active print count-only\n3\n");
        assertThat(s.warnings()).isEmpty();
        assertThat(s.rows("/ppp active")).isEmpty();
    }

    @Test
    void severalCapturesKeepTheirOwnOrigins() {
        Snapshot s = new SnapshotParser().parse(List.of(new Capture("a.txt", null, IDENTITY),
                new Capture("b.txt", null, "17:12:32 ipsec,error no suitable proposal found.\n")));
        assertThat(s.rows("/ip ipsec identity").get(0).origin().source()).isEqualTo("a.txt");
        assertThat(s.events().get(0).origin().toString()).isEqualTo("b.txt:1");
    }

    @Test
    void syslogHeadersOfEveryKindAreSkipped() {
        Snapshot s = TestParsing.text("""
                <30>Nov  8 17:06:34 OVA MikroTik: user jotne logged in from 10.11.10.32 via winbox
                <13>dhcp,info MikroTik: dhcp-client on bridge got IP address 10.11.10.141
                <14>1 2026-11-23T09:12:02.000+01:00 gw MikroTik - - - ipsec,info ISAKMP-SA established 1.2.3.4[4500]-5.6.7.8[4500] spi:1:2
                """);
        assertThat(s.warnings()).isEmpty();
        assertThat(s.events().get(0).message()).isEqualTo("user jotne logged in from 10.11.10.32 via winbox");
        assertThat(s.events().get(1).topics()).containsExactly("dhcp", "info");
        assertThat(s.events().get(1).message()).startsWith("dhcp-client on bridge");
        assertThat(s.events().get(2).topics()).containsExactly("ipsec", "info");
        assertThat(s.events().get(2).message()).startsWith("ISAKMP-SA established");
    }

    @Test
    void anEmptyPrintIsReadAsAMenuWithNoItems() {
        Snapshot s = TestParsing.text("[admin@R1] > /ppp active print\n[admin@R1] > /ip ipsec active-peers print\n"
                + "Flags: R - responder; N - natt-peer\nColumns: ID, STATE, UPTIME\n#  ID  STATE  UPTIME\n");
        assertThat(s.hasMenu("/ppp active")).isTrue();
        assertThat(s.rows("/ppp active")).isEmpty();
        assertThat(s.hasMenu("/ip ipsec active-peers")).isTrue();
        assertThat(s.rows("/ip ipsec active-peers")).isEmpty();
    }

    @Test
    void tableWithoutNumberColumnHasOneRowPerLine() {
        Snapshot s = TestParsing.text("""
                [admin@R1] > /ip pool used print
                POOL       ADDRESS        OWNER  INFO
                l2tp-pool  10.10.10.10    l2tp   anna
                l2tp-pool  10.10.10.11    l2tp   bert
                """);
        assertThat(s.warnings()).isEmpty();
        assertThat(s.rows("/ip pool used")).extracting(r -> r.get("info")).containsExactly("anna", "bert");
    }

    @Test
    void printTerseIsOneRowALine() {
        Snapshot s = TestParsing.text("""
                [admin@R1] > /ip ipsec identity print terse
                 0 D peer=l2tp-in-server auth-method=pre-shared-key secret="t-NOT-REAL" generate-policy=port-strict
                 1   peer=roadwarriors auth-method=pre-shared-key secret="u-NOT-REAL" generate-policy=no
                """);
        assertThat(s.warnings()).isEmpty();
        assertThat(s.rows("/ip ipsec identity")).extracting(r -> r.get("generate-policy"))
                .containsExactly("port-strict", "no");
        assertThat(s.rows("/ip ipsec identity").get(0).flags()).containsExactly("dynamic");
    }

    @Test
    void exportTerseAndScriptsWithCarriageReturnContinuations() {
        Snapshot s = TestParsing.text("""
                # 2025-01-02 10:00:00 by RouterOS 7.16.2
                /interface l2tp-server server set enabled=yes use-ipsec=required
                /ip ipsec identity add peer=roadwarriors generate-policy=port-strict secret="x-NOT-REAL"
                /system script
                add name=check source=":local a 1\\r\\
                    \\n:put \\$a"
                # This entry is unreachable
                """);
        assertThat(s.warnings()).isEmpty();
        assertThat(s.version().text()).isEqualTo("7.16.2");
        assertThat(TestParsing.only(s, "/interface l2tp-server server").get("use-ipsec")).isEqualTo("required");
        assertThat(TestParsing.only(s, "/ip ipsec identity").get("generate-policy")).isEqualTo("port-strict");
        assertThat(TestParsing.only(s, "/system script").get("source")).isEqualTo(":local a 1\r\n:put $a");
    }

    @Test
    void aPrintOfAnUnknownMenuIsNamedInTheReport() {
        org.l2tpdoctor.cli.CliRun.Result r = org.l2tpdoctor.cli.CliRun.run(
                "Flags: X - disabled\n 0    frobnication=yes wibble=2\n", "diagnose", "--color", "never", "-");
        assertThat(r.out()).contains("matches no menu l2tpdoctor knows");
    }
}
