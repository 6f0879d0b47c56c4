package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Snapshot;

/**
 * A paste that holds a settings menu twice, once whole and once after a prompt cut in copying (the
 * transcript-crs326 case's L2TP server print, as posted, its second copy after the truncated prompt
 * "UTER] > ..." the same paste starts with): the copy read whole is used, and the paste says the two
 * disagree. It used to be the later, worse-read copy (authentication=mschap1 only), and L2TP-AUTH-003
 * called a server that offers MS-CHAPv2 one that does not.
 */
class TwoPrintsOfOneSettingsMenuTest {

    private static String pasteTwice() throws IOException {
        List<String> posted = Files.readAllLines(Path.of("cases/transcript-crs326-vpn-servers-raw-paste/paste.txt"));
        int prompt = posted.indexOf("[admin@ROUTER] > /interface l2tp-server server print");
        List<String> print = posted.subList(prompt + 1, prompt + 19);
        List<String> paste = new ArrayList<>();
        paste.add(posted.get(prompt));
        paste.addAll(print);
        paste.add("[admin@ROUTER] >");
        paste.add("");
        paste.add("UTER] > /interface l2tp-server server print");
        paste.addAll(print);
        return String.join("\n", paste) + "\n";
    }

    @Test
    void theCopyReadWholeIsUsedAndTheDisagreementIsSaid() throws IOException {
        Snapshot s = TestParsing.text(pasteTwice());
        assertThat(TestParsing.only(s, Menus.L2TP_SERVER.path()).get("authentication")).isEqualTo("mschap1,mschap2");
        assertThat(s.rows(PasteRepair.MENU)).extracting(r -> r.get("repair")).contains(
                "the print of /interface l2tp-server server at paste:23 disagrees with the one at paste:2 (authentication"
                        + " mschap1 here, mschap1,mschap2 there); that one is used: it was read with fewer lines left out");
        assertThat(TestParsing.findingsApartFromRepair(s, TestParsing.rules())).doesNotContain("L2TP-AUTH-003");
    }

    @Test
    void twoCopiesThatAgreeGiveOneObjectAndNoWarning() {
        Snapshot s = TestParsing.text("""
                [admin@R1] > /interface l2tp-server server print
                          enabled: yes
                        use-ipsec: required
                [admin@R1] > /interface l2tp-server server print
                          enabled: yes
                        use-ipsec: required
                """);
        assertThat(s.rows(Menus.L2TP_SERVER)).hasSize(1);
        assertThat(s.warnings()).isEmpty();
        assertThat(s.hasMenu(PasteRepair.MENU)).isFalse();
    }

    @Test
    void theLaterOfTwoEquallyReadPrintsIsTheRoutersStateNow() {
        Snapshot s = TestParsing.text("""
                [admin@R1] > /interface l2tp-server server print
                          enabled: no
                        use-ipsec: required
                [admin@R1] > /interface l2tp-server server set enabled=yes
                [admin@R1] > /interface l2tp-server server print
                          enabled: yes
                        use-ipsec: required
                """);
        assertThat(TestParsing.only(s, Menus.L2TP_SERVER.path()).get("enabled")).isEqualTo("yes");
    }
}
