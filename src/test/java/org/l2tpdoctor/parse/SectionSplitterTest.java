package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.l2tpdoctor.collect.Capture;

/** Pastes are cut at prompts of every style, or where their shape changes when there are none. */
class SectionSplitterTest {

    private static List<Section> split(String text) {
        return new SectionSplitter().split(new Capture("paste", null, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[admin@Office-GW] > /ip ipsec policy print detail | /ip ipsec policy",
        "[admin@R1] /ip ipsec> policy print | /ip ipsec policy",
        "[admin@R1] /ip ipsec policy> print detail without-paging | /ip ipsec policy",
        "/ip/ipsec/policy> print | /ip ipsec policy",
        "[admin@R1] > ip ipsec/policy/print detail | /ip ipsec policy",
        "[admin@R1] > /ip ipsec sa print | /ip ipsec installed-sa",
        "[admin@R1] > /ip ipsec remote-peers print | /ip ipsec active-peers",
    })
    void promptStylesGiveTheMenu(String prompt, String menu) {
        List<Section> sections = split(prompt + "\n 0  A  src-address=10.0.0.1/32 level=unique\n");
        assertThat(sections).hasSize(1);
        assertThat(sections.get(0)).isInstanceOf(Section.Print.class);
        assertThat(((Section.Print) sections.get(0)).menu()).isEqualTo(menu);
        assertThat(sections.get(0).firstLine()).isEqualTo(2);
    }

    @Test
    void promptIdentityIsRemembered() {
        SectionSplitter splitter = new SectionSplitter();
        splitter.split(new Capture("p", null, "[admin@Office-GW] > /ppp active print\n"));
        assertThat(splitter.identity()).contains("Office-GW");
    }

    @Test
    void concatenatedPastesWithoutPromptsAreCutByShape() {
        String text = """
                Flags: X - disabled, D - dynamic
                 0    peer=a auth-method=pre-shared-key generate-policy=no
                17:12:32 ipsec,error no suitable proposal found.
                17:12:32 ipsec,error 10.5.107.112 phase1 negotiation failed.
                # jan/02/1970 00:41:37 by RouterOS 6.48.6
                /interface l2tp-server server
                set enabled=yes
                Flags: X - disabled
                 0    name=x
                """;
        List<Section> sections = split(text);
        assertThat(sections).extracting(Section::kind).containsExactly("print", "log", "export", "print");
    }

    @Test
    void anExportScriptPastedAfterAPromptsPrintIsNotTakenForItsRows() {
        // found on the casebook's routing-table case pasted as one text: the print swallowed the script,
        // counted its lines as understood, and the peer it sets was never read ("Healthy")
        String text = """
                [admin@R1] > /ip/firewall/nat/print
                Flags: X - disabled, I - invalid, D - dynamic
                0 chain=srcnat action=masquerade out-interface=ether1 log=no log-prefix=""
                /ip/ipsec/peer
                add address=192.0.2.7/32 local-address=198.51.100.8 secret=<redacted>
                /ip ipsec policy
                add dst-address=10.9.0.0/24 peer=peer1 src-address=10.1.0.0/24 tunnel=yes
                """;
        List<Section> sections = split(text);
        assertThat(sections).extracting(Section::kind).containsExactly("print", "export");
        assertThat(sections.get(0).lines()).hasSize(2);
        assertThat(sections.get(1).lines()).hasSize(4);
    }

    @Test
    void logLinesCopiedWithoutStampsStillFormALog() {
        List<Section> sections = split("respond new phase 1 (Identity Protection): 1.2.3.4[500]<=>5.6.7.8[500]\n"
                + "first L2TP UDP packet received from 5.6.7.8\n");
        assertThat(sections).extracting(Section::kind).containsExactly("log");
    }

    @Test
    void menuOnlyPromptChangesTheCurrentMenu() {
        List<Section> sections = split("[admin@R1] > /ip ipsec\n[admin@R1] /ip ipsec> identity print\n 0 peer=x generate-policy=no\n");
        assertThat(((Section.Print) sections.get(0)).menu()).isEqualTo("/ip ipsec identity");
    }
}
