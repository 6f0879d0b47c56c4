package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.l2tpdoctor.SharedFiles;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.model.Snapshot;

/** Every real RouterOS text in ../shared/corpus parses with no warning, and the values come out right. */
class CorpusParsesTest {

    static Stream<Path> corpusFiles() throws IOException {
        return Files.list(SharedFiles.corpus()).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted();
    }

    private static Snapshot corpus(String name) {
        return TestParsing.file(SharedFiles.corpus().resolve(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void everyCorpusFileIsFullyUnderstood(Path file) {
        Snapshot s = TestParsing.file(file);
        assertThat(s.warnings()).as("warnings for " + file.getFileName()).isEmpty();
        assertThat(s.linesUnderstood()).isEqualTo(s.linesRead());
        assertThat(s.isEmpty()).as("something was extracted").isFalse();
        assertThat(s.tables()).doesNotContainKey("/unknown");
    }

    @Test
    void policyDetailWithLostIndentationKeepsContinuationLines() {
        Snapshot s = corpus("unk-ipsec-policy-print-detail-01.txt");
        List<Row> rows = s.rows("/ip ipsec policy");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).flags()).containsExactlyInAnyOrder("template", "default");
        assertThat(rows.get(1).flags()).containsExactlyInAnyOrder("dynamic", "active");
        assertThat(rows.get(1).get("level")).isEqualTo("unique");
        assertThat(rows.get(2).get("sa-dst-address")).isEqualTo("10.155.107.9");
        assertThat(rows.get(2).get("ph2-count")).isEqualTo("1");
    }

    @Test
    void v7PolicyLegendWrappedOverTwoLines() {
        Snapshot s = corpus("v7-ipsec-policy-print-detail-02.txt");
        List<Row> rows = s.rows("/ip ipsec policy");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).flags()).contains("template", "default");
        assertThat(rows.get(3).flags()).containsExactly("dynamic");
        assertThat(rows.get(3).get("ph2-state")).isEqualTo("established");
        assertThat(s.version().major()).isEqualTo(7);
    }

    @Test
    void memoryLogWithTodayStampsKeepsTopicsAndMessage() {
        List<LogEvent> events = corpus("unk-log-ipsec-01.txt").events();
        assertThat(events).hasSize(4);
        assertThat(events.get(1).time().text()).isEqualTo("17:12:32");
        assertThat(events.get(1).topics()).containsExactly("ipsec", "error");
        assertThat(events.get(1).message()).isEqualTo("10.5.107.112 failed to get valid proposal.");
    }

    @Test
    void logPrintDetailFormReadsTimeTopicsAndQuotedMessage() {
        List<LogEvent> events = corpus("unk-log-print-detail-ppp-04.txt").events();
        assertThat(events).hasSize(78);
        assertThat(events.get(0).time().text()).isEqualTo("07:27:26");
        assertThat(events.get(0).topics()).containsExactly("pptp", "ppp", "info");
        assertThat(events.get(0).message()).isEqualTo("pptp-out1: terminating... - peer is not responding");
        assertThat(corpus("unk-log-print-detail-01.txt").events().get(0).time().text()).isEqualTo("jul/19 14:27:01");
    }

    @Test
    void v7IsoStampedLogRevealsVersionSeven() {
        Snapshot s = corpus("v7-log-l2tp-ipsec-02.txt");
        assertThat(s.events()).hasSize(12);
        LogEvent login = s.events().get(6);
        assertThat(login.time().text()).isEqualTo("2026-09-18 15:29:15");
        assertThat(login.topics()).containsExactly("l2tp", "ppp", "info", "account");
        assertThat(login.message()).isEqualTo("Gorelova logged in, 192.168.199.154 from 100.78.158.207");
        assertThat(s.version().major()).isEqualTo(7);
    }

    @Test
    void remoteSyslogWithIsoStampAndHostSkipsTheHost() {
        List<LogEvent> events = corpus("unk-syslog-mikrotik-01.txt").events();
        assertThat(events).hasSize(3);
        assertThat(events.get(2).topics()).containsExactly("system", "error", "critical");
        assertThat(events.get(2).message()).startsWith("login failure for user admin");
    }

    @Test
    void collapsedTableFallsBackToHeaderOrder() {
        Row row = TestParsing.only(corpus("v6-interface-l2tp-server-print-table-01.txt"), "/interface l2tp-server");
        assertThat(row.flags()).containsExactlyInAnyOrder("dynamic", "running");
        assertThat(row.get("user")).isEqualTo("good_worker@mt.lv");
        assertThat(row.get("client-address")).isEqualTo("10.155.101.216");
    }

    @Test
    void alignedTableLeavesEmptyColumnsEmpty() {
        Row row = TestParsing.only(corpus("unk-ppp-secret-print-table-01.txt"), "/ppp secret");
        assertThat(row.get("name")).isEqualTo("ex");
        assertThat(row.has("caller-id")).isFalse();
        // rows hold a secret as its token (masked as the row is made): the same token means the same value
        assertThat(row.get("password")).isEqualTo(Secrets.stored("password", "lkjrht"));
        assertThat(row.get("remote-address")).isEqualTo("0.0.0.0");
    }

    @Test
    void tableWithBrokenAlignmentUsesHeaderOrder() {
        List<Row> rows = corpus("v7-ipsec-installed-sa-print-table-01.txt").rows("/ip ipsec installed-sa");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).flags()).containsExactlyInAnyOrder("seen-traffic", "hw-aead", "esp");
        assertThat(rows.get(0).get("src-address")).isEqualTo("<REMOTEIP>:4500");
        assertThat(rows.get(0).get("dst-address")).isEqualTo("<LOCALIP>:4500");
        assertThat(rows.get(0).get("auth-algorithm")).isEqualTo("sha256");
        assertThat(rows.get(0).get("enc-key-size")).isEqualTo("256");
    }

    @Test
    void commentOnItsOwnLineBelongsToTheNextRow() {
        List<Row> rows = corpus("v7-ppp-secret-print-table-01.txt").rows("/ppp secret");
        assertThat(rows).hasSize(18);
        Row lizberg = rows.stream().filter(r -> "Lizberg".equals(r.get("name"))).findFirst().orElseThrow();
        assertThat(lizberg.comment()).isEqualTo("Lizberg");
        assertThat(lizberg.id()).isEqualTo("10");
        assertThat(rows.get(0).get("remote-address")).isEqualTo("192.168.199.251");
        assertThat(rows.get(1).has("remote-address")).isFalse();
    }

    @Test
    void v6ActivePeerTableWithCommentAfterNumber() {
        Row row = TestParsing.only(corpus("v6-ipsec-active-peers-print-table-01.txt"), "/ip ipsec active-peers");
        assertThat(row.comment()).isEqualTo("Unicastlab - VPN Azure to Mikrotik");
        assertThat(row.get("id")).isEqualTo("13.85.83.ZZ");
        assertThat(row.get("state")).isEqualTo("established");
        assertThat(row.get("ph2-total")).isEqualTo("1");
    }

    @Test
    void settingsPrintJoinsMultiLineValues() {
        Row server = TestParsing.only(corpus("v7-l2tp-server-server-print-01.txt"), "/interface l2tp-server server");
        assertThat(server.get("authentication")).isEqualTo("mschap1,mschap2");
        assertThat(server.get("use-ipsec")).isEqualTo("yes");
        assertThat(server.get("l2tpv3-circuit-id")).isEmpty();
        assertThat(server.get("default-profile")).isEqualTo("vpn_profile");
    }

    @Test
    void firewallDetailWithEchoLinesInTheMiddle() {
        Snapshot s = corpus("v6-ip-firewall-filter-print-all-detail-01.txt");
        List<Row> rules = s.rows("/ip firewall filter");
        assertThat(rules).hasSize(23);
        Row drop = rules.get(10);
        assertThat(drop.id()).isEqualTo("10");
        assertThat(drop.comment()).isEqualTo("defconf: drop all not coming from LAN");
        assertThat(drop.get("in-interface-list")).isEqualTo("!LAN");
        assertThat(rules.get(13).flags()).containsExactly("disabled");
        assertThat(rules.get(20).get("action")).isEqualTo("drop");
        assertThat(s.events()).extracting(LogEvent::message).allMatch(m -> m.startsWith("login failure"));
    }

    @Test
    void natPrintIsToldFromFilterByItsChainsAndTruncationIsMarked() {
        Snapshot s = corpus("v7-ip-firewall-nat-print-detail-01.txt");
        List<Row> rules = s.rows("/ip firewall nat");
        assertThat(rules).hasSize(13);
        assertThat(rules.get(5).get("dst-port")).isEqualTo("2338");
        assertThat(rules.get(5).get(".truncated")).isEqualTo("dst-port");
        assertThat(rules.get(10).flags()).containsExactly("disabled");
        assertThat(corpus("v6-ip-firewall-nat-print-all-detail-01.txt").rows("/ip firewall nat")).hasSize(5);
    }

    @Test
    void installedSaKeysAreReadSoTheyCanBeMasked() {
        List<Row> sas = corpus("v6-ipsec-installed-sa-print-detail-01.txt").rows("/ip ipsec installed-sa");
        assertThat(sas).hasSize(2);
        assertThat(sas.get(0).get("enc-key")).startsWith(Secrets.MASK).doesNotContain("2a217b49");
        assertThat(sas.get(0).get("add-lifetime")).isEqualTo("6h24m8s/8h10s");
    }

    @Test
    void legacyV6PeerIsMappedOntoIdentityAndProfile() {
        Snapshot s = corpus("v6-ipsec-peer-print-detail-01.txt");
        Row identity = TestParsing.only(s, "/ip ipsec identity");
        assertThat(identity.get("generate-policy")).isEqualTo("port-strict");
        assertThat(identity.get(".legacy-peer")).isEqualTo("yes");
        Row profile = TestParsing.only(s, "/ip ipsec profile");
        assertThat(profile.get("nat-traversal")).isEqualTo("yes");
        assertThat(profile.get("dpd-interval")).isEqualTo("2m");
    }

    @Test
    void v7ActivePeerDetailWrapsAcrossLines() {
        Row peer = TestParsing.only(corpus("v7-ipsec-active-peers-print-detail-01.txt"), "/ip ipsec active-peers");
        assertThat(peer.flags()).containsExactly("responder");
        assertThat(peer.get("remote-address")).isEqualTo("150.0.0.150");
        assertThat(peer.get("ph2-total")).isEqualTo("3");
    }

    @Test
    void exportAppliesFactoryDefaultsAndBanner() {
        Snapshot s = corpus("v6-export-l2tp-01.rsc");
        assertThat(s.version().text()).isEqualTo("6.48.6");
        Row server = TestParsing.only(s, "/interface l2tp-server server");
        assertThat(server.get("enabled")).isEqualTo("yes");
        assertThat(server.get("ipsec-secret")).isEqualTo(Secrets.stored("ipsec-secret", "1"));
        assertThat(server.get("use-ipsec")).as("factory default").isEqualTo("no");
        Row defaultProfile = s.rows("/ip ipsec profile").get(0);
        assertThat(defaultProfile.get("dpd-interval")).as("v6 default").isEqualTo("2m");
        Row encryption = s.rows("/ppp profile").stream()
                .filter(r -> "default-encryption".equals(r.get("name"))).findFirst().orElseThrow();
        assertThat(encryption.get("use-encryption")).as("set *FFFFFFFE").isEqualTo("no");
    }

    @Test
    void exportContinuationLinesAndQuotedNamesWithSpaces() {
        Snapshot s = corpus("v6-export-l2tp-02.rsc");
        assertThat(s.identity()).contains("Nasser-Tigo");
        Row server = TestParsing.only(s, "/interface l2tp-server server");
        assertThat(server.get("caller-id-type")).isEqualTo("number");
        assertThat(server.get("ipsec-secret")).isEqualTo(Secrets.stored("ipsec-secret", "ipsecnasser"));
        assertThat(s.rows("/interface l2tp-server")).extracting(r -> r.get("name")).contains("Recapadora KM 28");
        assertThat(s.rows("/ip pool")).extracting(r -> r.get("ranges"))
                .contains("192.168.13.1-192.168.13.99,192.168.13.101-192.168.13.199");
    }

    @Test
    void v7ExportReadsVersionAndMultiValueSettings() {
        Snapshot s = corpus("v7-export-l2tp-01.rsc");
        assertThat(s.version().text()).isEqualTo("7.19.4");
        assertThat(s.identity()).contains("R4");
        Row server = TestParsing.only(s, "/interface l2tp-server server");
        assertThat(server.get("authentication")).isEqualTo("mschap1,mschap2");
        assertThat(server.get("enabled")).isEqualTo("no");
        assertThat(s.rows("/ip ipsec profile").get(0).get("dpd-interval")).as("v7 default").isEqualTo("8s");
    }
}
