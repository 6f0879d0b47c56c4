package org.l2tpdoctor.collect.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The router is sacred: a line of several prints passes the allowlist only when every part of it
 * is either a marker {@code :put} in its place or exactly one catalogued read-only command.
 */
class CommandLineIsCheckedPartByPartTest {
    private static final String PEER = "/ip ipsec peer print detail without-paging";
    private static final String LOG = "/log print detail without-paging where topics~\"ipsec|l2tp|ppp\"";
    private static final String ROUTES = "/ip route print detail without-paging where dst-address=0.0.0.0/0";

    @Test
    void aLineOfCataloguedPrintsIsReadOnlyAndGivesItsCommandsBack() {
        List<String> commands = CommandCatalogue.commandsFor(7).subList(1, CommandCatalogue.commandsFor(7).size());
        CommandLine line = CommandLine.of(commands);

        assertThat(line.text()).startsWith(":put \"l2tpdoctor-" + line.nonce() + "-1\"; /system identity print; :put \"")
                .endsWith(LOG + "; :put \"" + line.endMarker() + "\"");
        assertThat(CommandCatalogue.isReadOnly(line.text())).isTrue();
        assertThat(CommandLine.commandsIn(line.text())).hasValue(commands);
        assertThat(CommandLine.parse(line.text())).hasValue(line);
    }

    @Test
    void onePartOutsideTheCatalogueRefusesTheWholeLine() {
        String good = new CommandLine(List.of(PEER, LOG), "0123abcd").text();
        for (String bad : List.of(
                good.replace(PEER, "/system reboot"),
                good.replace(PEER, "/user print detail without-paging"),             // a print, but not catalogued
                good.replace(PEER, PEER + "; /system reset-configuration"),          // a part smuggled in
                good.replace(PEER, PEER + " ; /system reboot"),
                good.replace(PEER, CommandCatalogue.FOLLOW_LOG),                     // never ends: not in a line
                good.replace(PEER, "/ip route print detail without-paging"),         // a whole BGP table: not narrowed
                good.replace(PEER, ROUTES.replace("0.0.0.0/0", "0.0.0.0/0 or static")),
                good.replace(PEER, ROUTES + "; /ip route remove [find]"),
                good.replace(PEER, "/ip firewall filter reset-counters-all"),
                good.replace(LOG, "/log print detail without-paging where topics~\"x\"; /file remove 0"),
                good.replace(":put \"l2tpdoctor-0123abcd-2\"", ":put [/system reboot]"),
                good.replace(":put \"l2tpdoctor-0123abcd-2\"", ":put \"l2tpdoctor-0123abcd-3\""),  // markers out of order
                good.replace(":put \"l2tpdoctor-0123abcd-2\"", ":put \"l2tpdoctor-ffffffff-2\""),  // another line's marker
                good.replace(":put \"l2tpdoctor-0123abcd-2\"", ":put \"l2tpdoctor-0123abcd-2$x\""),
                good.replace("; :put \"l2tpdoctor-0123abcd-end\"", ""),                          // no end marker
                good.replace("; " + LOG, ""),                                                     // marker without command
                good.replace(PEER, PEER.replace(" ", "  ")),
                good + "; /system reboot",
                good + "\n/system reboot",
                good.replace("; ", ";"),
                ":put \"l2tpdoctor-0123abcd-end\"")) {
            assertThat(CommandCatalogue.isReadOnly(bad)).as(bad).isFalse();
            assertThat(CommandLine.commandsIn(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void theNarrowedRoutePrintAndTheCountersRideInTheLine() {
        List<String> commands = List.of(ROUTES, "/ip firewall filter print stats without-paging", LOG);
        String text = new CommandLine(commands, "0123abcd").text();
        assertThat(CommandLine.commandsIn(text)).hasValue(commands);
    }

    @Test
    void aMarkerIsAFreshNonceOfEightHexDigitsAndNothingElse() {
        assertThatThrownBy(() -> new CommandLine(List.of(PEER), "0123abc\""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommandLine(List.of(), "0123abcd"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CommandLine.of(List.of(PEER)).nonce()).matches("[0-9a-f]{8}");
    }
}
