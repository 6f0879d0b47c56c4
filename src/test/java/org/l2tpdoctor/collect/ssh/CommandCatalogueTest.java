package org.l2tpdoctor.collect.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandCatalogueTest {

    @Test
    void everyCatalogueCommandIsAReadOnlyPrint() {
        assertThat(CommandCatalogue.allCommands()).isNotEmpty().allSatisfy(command -> {
            assertThat(CommandCatalogue.isReadOnly(command)).as(command).isTrue();
            assertThat(CommandCatalogue.hasReadOnlyShape(command)).as(command).isTrue();
        });
    }

    @Test
    void v7AndV6ListsDifferOnlyInTheActivePeersMenu() {
        List<String> v7 = CommandCatalogue.commandsFor(7);
        List<String> v6 = CommandCatalogue.commandsFor(6);
        assertThat(v7).hasSize(31).first().isEqualTo(CommandCatalogue.VERSION_COMMAND);
        assertThat(v6).hasSize(31).first().isEqualTo(CommandCatalogue.VERSION_COMMAND);
        assertThat(v7).contains("/ip ipsec active-peers print detail without-paging")
                .doesNotContain("/ip ipsec remote-peers print detail without-paging");
        assertThat(v6).contains("/ip ipsec remote-peers print detail without-paging",
                        "/ip ipsec identity print detail without-paging",
                        "/ip ipsec profile print detail without-paging")
                .doesNotContain("/ip ipsec active-peers print detail without-paging");
        assertThat(CommandCatalogue.allCommands()).hasSize(32).doesNotHaveDuplicates();
    }

    /**
     * A concentrator may carry a full BGP table: hundreds of thousands of routes that a plain print
     * would send back whole. check reads the default routes only, on RouterOS 6 and 7 alike.
     */
    @Test
    void theRoutePrintIsNarrowedToTheDefaultRoutes() {
        for (int major : new int[] {6, 7}) {
            assertThat(CommandCatalogue.commandsFor(major)).filteredOn(c -> c.startsWith("/ip route "))
                    .containsExactly("/ip route print detail without-paging where dst-address=0.0.0.0/0");
        }
        assertThat(CommandCatalogue.isReadOnly("/ip route print detail without-paging")).isFalse();
    }

    @Test
    void theFirewallCountersAreReadBesideTheRules() {
        assertThat(CommandCatalogue.commandsFor(7)).containsSubsequence(
                "/ip firewall filter print detail without-paging", "/ip firewall filter print stats without-paging",
                "/ip firewall raw print detail without-paging", "/ip firewall raw print stats without-paging");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/ip ipsec policy set 0 level=unique",
        "/ip ipsec installed-sa flush",
        "/ppp active remove 0",
        "/ip ipsec active-peers kill-connections",
        "/ip ipsec policy print; /system reboot",
        "/ip ipsec policy print detail without-paging ",
        "/IP IPSEC POLICY PRINT DETAIL WITHOUT-PAGING",
        "/ip ipsec policy print detail without-paging [/system reset-configuration]",
        "/log print detail without-paging where topics~\"ipsec\"; /user add name=x",
        "/ip firewall filter disable 3",
        "/ip firewall filter reset-counters-all",
        "/ip route print detail without-paging",
        "/ip route print detail without-paging where dst-address=0.0.0.0/0; /system reboot",
        "/ip route print detail without-paging where static",
        "/system reset-configuration",
        "/export",
        "",
    })
    void anythingElseIsRefused(String command) {
        assertThat(CommandCatalogue.isReadOnly(command)).isFalse();
    }

    @Test
    void nullIsRefused() {
        assertThat(CommandCatalogue.isReadOnly(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/ip ipsec policy set 0 level=unique",
        "/ip ipsec policy print; /system reboot",
        "/log print where topics~\"x\" ; /system reboot",
        "/log print where message~\"$(x)\"",
        "ip ipsec policy print",
        "/ip ipsec policy enable 0",
        "/ip route print where dst-address=0.0.0.0/0 or [/system reboot]",
        "/ip route print where dst-address=0.0.0.0/0; /system reboot",
        "/ip route remove [find] where dst-address=0.0.0.0/0",
        "/ip route print where dst-address=0.0.0.0/0 and static",
    })
    void theShapeGuardCatchesWritesEvenIfSomeoneAddedThemToTheList(String command) {
        assertThat(CommandCatalogue.hasReadOnlyShape(command)).isFalse();
    }

    @Test
    void fileNamesAreStableSlugs() {
        assertThat(CommandCatalogue.fileName("/ip ipsec policy print detail without-paging"))
                .isEqualTo("ip-ipsec-policy-print-detail-without-paging.txt");
        assertThat(CommandCatalogue.fileName("/log print detail without-paging where topics~\"ipsec|l2tp|ppp\""))
                .isEqualTo("log-print-detail-without-paging-where-topics-ipsec-l2tp-ppp.txt");
        assertThat(CommandCatalogue.allCommands().stream().map(CommandCatalogue::fileName))
                .doesNotHaveDuplicates();
    }

    @Test
    void versionIsReadFromSystemResource() {
        String v7 = "                   uptime: 3d\n                  version: 7.19.4 (stable)\n";
        assertThat(CommandCatalogue.versionIn(v7)).contains("7.19.4");
        assertThat(CommandCatalogue.versionIn("version: 6.49.10 (long-term)\r\n")).contains("6.49.10");
        assertThat(CommandCatalogue.versionIn("board-name: hAP")).isEmpty();
        assertThat(CommandCatalogue.major("7.19.4")).isEqualTo(7);
        assertThat(CommandCatalogue.major("6.49.10")).isEqualTo(6);
        assertThat(CommandCatalogue.major(null)).isZero();
        assertThat(CommandCatalogue.major("stable")).isZero();
    }

    @Test
    void aMenuNewerThanTheRouterIsAnExpectedAbsenceByTheCataloguesSince() {
        assertThat(CommandCatalogue.menuAbsentIn("/ip ipsec identity print detail without-paging", "6.40.9")).isTrue();
        assertThat(CommandCatalogue.menuAbsentIn("/ip ipsec profile print detail without-paging", "6.42.12")).isTrue();
        assertThat(CommandCatalogue.menuAbsentIn("/ip ipsec identity print detail without-paging", "6.43")).isFalse();
        assertThat(CommandCatalogue.menuAbsentIn("/ip ipsec profile print detail without-paging", "7.19.4")).isFalse();
        assertThat(CommandCatalogue.menuAbsentIn("/ip ipsec peer print detail without-paging", "6.40.9")).isFalse();
        assertThat(CommandCatalogue.menuAbsentIn("/ip ipsec identity print detail without-paging", null)).isFalse();
    }
}
