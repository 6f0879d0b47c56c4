package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * The line breaks lost inside one command's print output come back at RouterOS's own boundaries:
 * settings keys, item numbers with their flags, comments, table headers and rows. The samples are
 * the forms RouterOS 7 prints, joined as a web page, a chat or the forum copy leaves them.
 */
class PrintOutputRepairTest {
    private static final String SETTINGS = String.join("\n",
            "[admin@GW] > /interface l2tp-server server print",
            "                 enabled: yes",
            "                 max-mtu: 1450",
            "          authentication: mschap2",
            "               use-ipsec: required",
            "            ipsec-secret:",
            "    one-session-per-host: no");

    @Test
    void settingsComeBackOneKeyALine() {
        for (String joined : joinedThreeWays(SETTINGS)) {
            PasteRepair.Result r = PasteRepair.repair(joined);
            assertThat(r.text().lines().map(String::strip).toList()).as(joined).containsExactly(
                    "[admin@GW] > /interface l2tp-server server print", "enabled: yes", "max-mtu: 1450",
                    "authentication: mschap2", "use-ipsec: required", "ipsec-secret:", "one-session-per-host: no");
            assertThat(r.repairs()).singleElement().satisfies(repair ->
                    assertThat(repair.describe()).isEqualTo("line breaks restored at 6 RouterOS boundaries (line 1)"));
            Row server = TestParsing.only(TestParsing.text(joined), "/interface l2tp-server server");
            assertThat(server.properties()).containsEntry("use-ipsec", "required").containsEntry("max-mtu", "1450");
        }
    }

    private static final String ITEMS = String.join("\n",
            "[admin@GW] > /ip firewall filter print",
            "Flags: X - disabled, I - invalid; D - dynamic",
            " 0  D ;;; special dummy rule to show fasttrack counters",
            "      chain=forward action=passthrough",
            "",
            " 9    ;;; L2TP only inside IPsec",
            "      chain=input action=accept protocol=udp dst-port=1701 ipsec-policy=in,ipsec",
            "",
            "10    ;;; defconf: drop all not coming from LAN",
            "      chain=input action=drop in-interface-list=!LAN",
            "11 X  chain=input action=accept protocol=udp dst-port=500,4500");

    @Test
    void itemsComeBackAtTheirNumbersEvenGluedToTheValueBefore() {
        for (String joined : joinedThreeWays(ITEMS)) {
            Snapshot s = TestParsing.text(joined);
            List<Row> rules = s.rows("/ip firewall filter");
            assertThat(rules).as(joined).extracting(Row::id).containsExactly("0", "9", "10", "11");
            assertThat(rules.get(1).properties()).containsEntry("dst-port", "1701").containsEntry("ipsec-policy", "in,ipsec");
            assertThat(rules.get(2).comment()).isEqualTo("defconf: drop all not coming from LAN");
            assertThat(rules.get(3).flags()).contains("disabled");
        }
    }

    private static final String TABLE = String.join("\n",
            "[admin@GW] > /ppp secret print",
            "Columns: NAME, SERVICE, PROFILE, REMOTE-ADDRESS",
            "# NAME     SERVICE  PROFILE  REMOTE-ADDRESS",
            "0 kasse1   l2tp     vpn      10.30.0.21",
            "1 office   l2tp     vpn",
            "2 laptop3  l2tp     vpn",
            "[admin@GW] > /ip ipsec active-peers print",
            "Columns: ID, STATE, UPTIME, PH2-TOTAL, REMOTE-ADDRESS",
            "#    ID           STATE        UPTIME  PH2-TOTAL  REMOTE-ADDRESS",
            "0 R  203.0.113.7  established  2h1m3s          1  203.0.113.7",
            "1 R  192.0.2.44   established  22m5s           2  192.0.2.44");

    @Test
    void tableRowsComeBackNumberedOneAfterAnotherEvenWhenACellHoldsTheNextNumber() {
        for (String joined : joinedThreeWays(TABLE)) {
            Snapshot s = TestParsing.text(joined);
            assertThat(s.rows("/ppp secret")).as(joined).extracting(r -> r.properties().get("name"))
                    .containsExactly("kasse1", "office", "laptop3");
            assertThat(s.rows("/ppp secret")).extracting(r -> r.properties().get("profile"))
                    .containsExactly("vpn", "vpn", "vpn");
            assertThat(s.rows("/ip ipsec active-peers")).as(joined).extracting(r -> r.properties().get("remote-address"))
                    .containsExactly("203.0.113.7", "192.0.2.44");
        }
    }

    @Test
    void aPasteWithItsLineBreaksIsLeftAlone() {
        for (String intact : List.of(SETTINGS, ITEMS, TABLE)) {
            assertThat(PasteRepair.repair(intact).repairs()).isEmpty();
            assertThat(PasteRepair.repair(intact).text()).isEqualTo(intact);
        }
    }

    /** With a space (a web page), with nothing (the forum copy), and with the padding collapsed too. */
    private static List<String> joinedThreeWays(String text) {
        List<String> lines = text.lines().toList();
        return List.of(String.join(" ", lines), String.join("", lines), String.join(" ", lines).replaceAll(" +", " "));
    }
}
