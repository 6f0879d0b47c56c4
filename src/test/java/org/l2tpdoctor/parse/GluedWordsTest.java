package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.l2tpdoctor.SharedFiles;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.Snapshot;

/**
 * Words a web copy glued together (an export's menu path, verb and keys, a settings print's keys)
 * are separated again only into the dictionary's words, never changing a value; a correctly spaced
 * paste passes unchanged (every corpus file, every casebook input not damaged so), and a glued copy
 * of one is split only where the original had white space.
 */
class GluedWordsTest {

    /** An export of our own, glued as the forum copy of thread 145649 was: spaces lost between words. */
    private static final String GLUED_EXPORT = """
            # RouterOS 6.48.6/interfacebridgeaddadmin-mac=02:00:00:00:00:01arp=proxy-arpname=lan-br
            /ip pooladdname=vpn-pool ranges=192.168.77.10-192.168.77.50addname=dhcp ranges=192.168.77.100-192.168.77.200
            /ppp profileset*FFFFFFFElocal-address=192.168.77.1remote-address=vpn-pool
            /interfacel2tp-server serversetenabled=yes ipsec-secret=<redacted>use-ipsec=yes
            /ip firewall filteraddaction=accept chain=input comment="allow IKE"dst-port=500protocol=udpaddaction=accept chain=input dst-port=1701\\
                protocol=udp
            /ppp secretaddname=anna password=<redacted> service=l2tp
            """;

    @Test
    void anExportWhoseWordsWereGluedIsSplitIntoMenusVerbsAndKeys() {
        GluedWords.Result r = GluedWords.repair(GLUED_EXPORT);
        assertThat(r.text()).isEqualTo("""
                # RouterOS 6.48.6
                /interface bridge
                add admin-mac=02:00:00:00:00:01 arp=proxy-arp name=lan-br
                /ip pool
                add name=vpn-pool ranges=192.168.77.10-192.168.77.50
                add name=dhcp ranges=192.168.77.100-192.168.77.200
                /ppp profile
                set *FFFFFFFE local-address=192.168.77.1 remote-address=vpn-pool
                /interface l2tp-server server
                set enabled=yes ipsec-secret=<redacted> use-ipsec=yes
                /ip firewall filter
                add action=accept chain=input comment="allow IKE" dst-port=500 protocol=udp
                add action=accept chain=input dst-port=1701 \\
                    protocol=udp
                /ppp secret
                add name=anna password=<redacted> service=l2tp
                """);
        // each place by line and column of the text as given, naming the dictionary word, never a value
        assertThat(r.places().get(0)).isEqualTo(new GluedWords.Place(1, 18, "/interface bridge"));
        assertThat(r.places()).contains(new GluedWords.Place(4, 67, "use-ipsec"), new GluedWords.Place(5, 92, "add"));
        assertThat(r.places()).extracting(GluedWords.Place::word).noneMatch(w -> w.contains("192.168") || w.contains("redacted"));
    }

    @Test
    void theRepairedExportIsReadAndTheRepairIsReportedWithItsPlaces() {
        Snapshot s = TestParsing.text(GLUED_EXPORT);
        assertThat(s.rows("/ip pool")).extracting(row -> row.get("name") + " " + row.get("ranges"))
                .containsExactly("vpn-pool 192.168.77.10-192.168.77.50", "dhcp 192.168.77.100-192.168.77.200");
        assertThat(s.rows("/interface l2tp-server server").get(0).get("use-ipsec")).isEqualTo("yes");
        assertThat(s.rows("/ip firewall filter")).extracting(row -> row.get("dst-port") + "/" + row.get("protocol"))
                .containsExactly("500/udp", "1701/udp");
        assertThat(s.rows(PasteRepair.MENU)).anySatisfy(row -> {
            assertThat(row.get("kind")).isEqualTo(PasteRepair.GLUED_WORDS);
            assertThat(row.get("repair")).contains("1:18 /interface bridge");
        });
    }

    @Test
    void aSettingsPrintGluedToItsCommandIsSplitAtTheMenusKeys() {
        GluedWords.Result r = GluedWords.repair("""
                interface/l2tp-server/server/printenabled:yes
                                 max-mtu:1450max-mru:1450mrru:disabled
                    one-session-per-host:noallow-fast-path:nol2tpv3-circuit-id:l2tpv3-cookie-length:0
                """);
        assertThat(r.text()).isEqualTo("""
                interface/l2tp-server/server/print
                enabled: yes
                                 max-mtu: 1450
                max-mru: 1450
                mrru: disabled
                    one-session-per-host: no
                allow-fast-path: no
                l2tpv3-circuit-id:
                l2tpv3-cookie-length: 0
                """);
    }

    @Test
    void aLogGluedToItsStampsAndTopicsIsReadAsRecords() {
        // our own log, glued as the forum copy of thread 214271 was: stamps, topics and messages run together
        String log = "09:15:02ipsec,info ISAKMP-SA established10.20.0.2[500]-198.51.100.7[500]spi:1122334455667788:99aabbccddeeff00"
                + "09:15:02ipsecIPsec-SA established:ESP/Transport198.51.100.7[500]->10.20.0.2[500]spi=0x12345"
                + "09:15:40ipsec,info purging ISAKMP-SA10.20.0.2[500]<=>198.51.100.7[500]spi=1122334455667788:99aabbccddeeff00.\n";
        GluedWords.Result r = GluedWords.repair(log);
        assertThat(r.text()).contains("09:15:02 ipsec,info ISAKMP-SA established 10.20.0.2[500]-198.51.100.7[500]",
                "09:15:02 ipsec IPsec-SA established: ESP/Transport 198.51.100.7[500]->10.20.0.2[500]",
                "09:15:40 ipsec,info purging ISAKMP-SA 10.20.0.2[500]<=>198.51.100.7[500]");
        assertThat(r.places().get(0)).isEqualTo(new GluedWords.Place(1, 9, "ipsec,info"));
        Snapshot s = TestParsing.text(log);
        assertThat(s.events()).extracting(e -> String.join(",", e.topics()) + " " + e.message().substring(0, 20))
                .containsExactly("ipsec,info ISAKMP-SA establishe", "ipsec IPsec-SA established",
                        "ipsec,info purging ISAKMP-SA 10");
    }

    @Test
    void aValueGluedToOneOfTwoKeysThatEndAlikeIsLeftAlone() {
        // l2mtu and mtu both end the run: "ether1 l2mtu" or "ether1l2 mtu" cannot be told apart by the words
        String text = "/interface ethernet set [ find default-name=ether1 ] name=ether1l2mtu=1598\n";
        assertThat(GluedWords.repair(text).text()).isEqualTo(text);
    }

    @Test
    void aValueEndingInAVerbStaysTheValueUnlessTheKeyAfterItRepeats() {
        assertThat(GluedWords.repair("/ppp secret add name=ipaddprofile=vpn\n").text())
                .isEqualTo("/ppp secret add name=ipadd profile=vpn\n");
        assertThat(GluedWords.repair("/ppp secret add name=anna service=l2tpaddname=bob\n").text())
                .isEqualTo("/ppp secret add name=anna service=l2tp\nadd name=bob\n");
    }

    @Test
    void anUnknownMenuIsOnlyCutFromTheValueBeforeIt() {
        GluedWords.Result r = GluedWords.repair("/ip dns set allow-remote-requests=yes/ip dnsstaticaddaddress=10.0.0.1name=router.lan\n");
        assertThat(r.text()).isEqualTo("/ip dns set allow-remote-requests=yes\n/ip dnsstaticaddaddress=10.0.0.1name=router.lan\n");
    }

    static Stream<Path> correctlySpaced() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> corpus = Files.list(SharedFiles.corpus())) {
            corpus.filter(p -> !p.getFileName().toString().endsWith(".md")).forEach(files::add);
        }
        try (Stream<Path> cases = Files.list(Path.of("cases"))) {
            for (Path dir : cases.filter(Files::isDirectory).sorted().toList()) {
                String yaml = Files.readString(dir.resolve("case.yaml"));
                if (yaml.contains("damaged: line-breaks-lost")) {
                    continue; // its words were glued by the copy: not a correctly spaced paste
                }
                try (Stream<Path> inputs = Files.list(dir)) {
                    inputs.filter(p -> !p.getFileName().toString().equals("case.yaml")).forEach(files::add);
                }
            }
        }
        return files.stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correctlySpaced")
    void aCorrectlySpacedPasteIsNotChanged(Path file) throws IOException {
        String text = Files.readString(file);
        GluedWords.Result r = GluedWords.repair(text);
        assertThat(r.places()).isEmpty();
        assertThat(r.text()).isSameAs(text);
    }

    /** Spaces before "key=" and between a menu path's words taken out at random, as a web copy does. */
    private static final Pattern GLUE_POINT = Pattern.compile("(?<=[^\\s=\\\\])[ ](?=[a-z][a-z0-9-]*=|add |set |[a-z-]+ (?:add|set) )");

    @ParameterizedTest(name = "{0}")
    @MethodSource("correctlySpaced")
    void aGluedCopyIsSplitOnlyWhereTheOriginalHadWhiteSpace(Path file) throws IOException {
        String original = Files.readString(file);
        Random random = new Random(original.length());
        for (int round = 0; round < 5; round++) {
            StringBuilder glued = new StringBuilder();
            Matcher m = GLUE_POINT.matcher(original);
            int last = 0;
            while (m.find()) {
                if (random.nextInt(3) == 0) {
                    glued.append(original, last, m.start());
                    last = m.end();
                }
            }
            glued.append(original.substring(last));
            String repaired = GluedWords.repair(glued.toString()).text();
            // the repair reads lines as every paste repair does: a secret wrapped onto a line of its own masked
            String given = org.l2tpdoctor.text.Secrets.wrapped(glued.toString());
            if (!repaired.equals(glued.toString()) && !nonBlank(repaired).equals(nonBlank(given))) {
                // the texts are not printed: some casebook inputs hold masked secrets, and a message need not show them
                throw new AssertionError(file + ": a character other than white space changed");
            }
            if (!given.equals(glued.toString()) || !org.l2tpdoctor.text.Secrets.wrapped(original).equals(original)) {
                continue; // a masked secret changes the text's length: its places no longer line up with the original's
            }
            boolean[] had = blankBefore(original);
            boolean[] has = blankBefore(repaired);
            for (int i = 0; i < has.length; i++) {
                if (has[i] && !had[i]) {
                    throw new AssertionError(file + ": split where the original had no white space, before non-blank #" + i
                            + " in: " + context(repaired, i));
                }
            }
        }
    }

    private static String nonBlank(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** For each non-blank character, whether white space stood right before it. */
    private static boolean[] blankBefore(String s) {
        boolean[] out = new boolean[nonBlank(s).length()];
        int j = 0;
        boolean blank = false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                blank = true;
            } else {
                out[j++] = blank;
                blank = false;
            }
        }
        return out;
    }

    private static String context(String s, int nonBlankIndex) {
        int j = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && j++ == nonBlankIndex) {
                return s.substring(Math.max(0, i - 60), Math.min(s.length(), i + 40));
            }
        }
        return "";
    }
}
