package org.l2tpdoctor.collect.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The commands check may send, written out in full: the catalogue makes them, and this list holds
 * that it makes exactly these, no more (a menu added to the catalogue with a check command adds
 * its line here, reviewed).
 */
class TheAllowlistIsExactlyTheCataloguedCommandsTest {

    @Test
    void checkSendsExactlyTheseCommands() {
        assertThat(CommandCatalogue.allCommands()).containsExactly(
                "/system resource print",
                "/system identity print",
                "/ip ipsec installed-sa print detail without-paging",
                "/ip ipsec policy print detail without-paging",
                "/ip ipsec identity print detail without-paging",
                "/ip ipsec profile print detail without-paging",
                "/ip ipsec peer print detail without-paging",
                "/ip ipsec proposal print detail without-paging",
                "/ip ipsec active-peers print detail without-paging",
                "/ppp active print detail without-paging",
                "/ppp secret print detail without-paging",
                "/ppp profile print detail without-paging",
                "/ip pool print detail without-paging",
                "/ip address print detail without-paging",
                "/interface l2tp-server server print",
                "/interface l2tp-server print detail without-paging",
                "/ip firewall filter print detail without-paging",
                "/ip firewall filter print stats without-paging",
                "/ip firewall nat print detail without-paging",
                "/ip firewall raw print detail without-paging",
                "/ip firewall raw print stats without-paging",
                "/system logging print detail without-paging",
                "/interface bridge print detail without-paging",
                "/interface bridge port print detail without-paging",
                "/interface ethernet print detail without-paging",
                "/ip dns print",
                "/interface list print detail without-paging",
                "/interface list member print detail without-paging",
                "/ip route print detail without-paging where dst-address=0.0.0.0/0",
                "/ip dhcp-server network print detail without-paging",
                "/log print detail without-paging where topics~\"ipsec|l2tp|ppp\"",
                "/ip ipsec remote-peers print detail without-paging");
        assertThat(CommandCatalogue.FOLLOW_LOG).isEqualTo("/log print follow-only where topics~\"ipsec|l2tp|ppp\"");
        assertThat(CommandCatalogue.isReadOnly(CommandCatalogue.FOLLOW_LOG)).isTrue();
    }
}
