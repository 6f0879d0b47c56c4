package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * Bad input gets a clear message with file, line and column, and the rest is still used (issue 12):
 * a value no router prints ({@code use-ipsec: requird}) is reported and not read as the setting (it
 * read as "not required"), and lines of junk after a print are warned about and not counted as
 * understood (they were read as a value's next lines). (Junk after a table row is still glued into its
 * cells: a mail client's wrap of a long row looks the same, WrappedLinesGiveTheSameFindingsTest.)
 */
class BadValuesAndStrayLinesAreReportedTest {
    @Test
    void aValueNoRouterPrintsIsReportedWhereItStandsAndNotRead() {
        Snapshot s = TestParsing.text("""
                [admin@Depot] > /interface l2tp-server server print
                                 enabled: yes
                          authentication: mschap2
                               use-ipsec: requird
                """);
        Row server = s.rows(Menus.L2TP_SERVER.path()).get(0);
        assertThat(server.get("use-ipsec")).isNull();
        assertThat(server.get("enabled")).isEqualTo("yes"); // the rest is still used
        ParseWarning w = only(s.warnings());
        assertThat(w.origin().line()).isEqualTo(4);
        assertThat(w.column()).isEqualTo(27);
        assertThat(w.reason()).contains("'requird' is not a value of use-ipsec").contains("no, require, required, yes");
        assertThat(s.linesUnderstood()).isEqualTo(2);
    }

    @Test
    void aBadValueInAnExportIsReportedAndTheRestOfTheCommandIsUsed() {
        Snapshot s = TestParsing.text("""
                # 2026-11-12 10:20:00 by RouterOS 7.16.2
                /interface l2tp-server server
                set enabled=yes use-ipsec=requird default-profile=vpn
                """);
        Row server = s.rows(Menus.L2TP_SERVER.path()).get(0);
        assertThat(server.get("use-ipsec")).isEqualTo("no"); // the factory value stands: the typo set nothing
        assertThat(server.get("default-profile")).isEqualTo("vpn");
        ParseWarning w = only(s.warnings());
        assertThat(w.origin().line()).isEqualTo(3);
        assertThat(w.column()).isEqualTo(27);
        assertThat(w.reason()).contains("'requird' is not a value of use-ipsec");
    }

    @Test
    void linesOfJunkAfterASettingsPrintAreWarnedAndNotTakenAsItsValues() {
        Snapshot s = TestParsing.text("""
                [admin@Depot] > /interface l2tp-server server print
                                 enabled: yes
                               use-ipsec: required
                this line is garbage after the print
                another ;;; garbage line
                """);
        Row server = s.rows(Menus.L2TP_SERVER.path()).get(0);
        assertThat(server.get("use-ipsec")).isEqualTo("required");
        assertThat(s.rows(Menus.L2TP_SERVER.path())).hasSize(1);
        assertThat(s.warnings()).extracting(w -> w.origin().line()).containsExactly(4, 5);
        assertThat(s.warnings()).allSatisfy(w -> assertThat(w.column()).isEqualTo(1));
        assertThat(s.linesUnderstood()).isEqualTo(2);
    }

    @Test
    void theNextLineOfAMultiLineValueIsStillItsValue() {
        Snapshot s = TestParsing.text("""
                [admin@Depot] > /interface l2tp-server server print
                                 enabled: yes
                          authentication: mschap1
                                          mschap2
                """);
        assertThat(s.rows(Menus.L2TP_SERVER.path()).get(0).get("authentication")).isEqualTo("mschap1,mschap2");
        assertThat(s.warnings()).isEmpty();
    }

    private static ParseWarning only(List<ParseWarning> warnings) {
        assertThat(warnings).hasSize(1);
        return warnings.get(0);
    }
}
