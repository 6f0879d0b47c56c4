package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.TestParsing;
import org.l2tpdoctor.model.Menus;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;

/**
 * Configuration written as users and the manual write it, not only as {@code /export} prints it:
 * RouterOS 7 slash paths ({@code /ip/ipsec/peer}, {@code /ppp/secret/add}), commands typed at a
 * prompt, a script of full-path commands with comment lines between them, and two exports in one
 * paste. The texts are the casebook's (MikroTik manual, a published script), as posted.
 */
class ScriptFormsTest {

    @Test
    void slashPathMenuHeadersOfTheManualAreMenus() {
        // MikroTik manual, IPsec, "Using the same routing table with multiple IP addresses" (RouterOS 7)
        Snapshot s = TestParsing.text("""
                /ip/ipsec/peer
                add address=10.155.130.136/32 local-address=172.22.2.3 secret=<redacted>
                /ip/ipsec/policy
                add sa-src-address=172.22.2.3 src-address=192.168.1.0/24 dst-address=172.16.0.0/24 sa-dst-address=10.155.130.136 tunnel=yes
                /ip/firewall/nat
                add action=accept chain=srcnat src-address=192.168.1.0/24 dst-address=172.16.0.0/24 place-before=0
                """);
        Row peer = TestParsing.only(s, Menus.IPSEC_PEER.path());
        assertThat(peer.get("local-address")).isEqualTo("172.22.2.3");
        assertThat(s.rows(Menus.IPSEC_POLICY)).anyMatch(r -> "172.16.0.0/24".equals(r.get("dst-address")));
        assertThat(TestParsing.only(s, Menus.FIREWALL_NAT.path()).get("action")).isEqualTo("accept");
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void slashPathCommandsTypedAtAPromptAreConfiguration() {
        // MikroTik manual, L2TP, "Quick Example" (RouterOS 7)
        Snapshot s = TestParsing.text("""
                [admin@MikroTik] > /interface/l2tp-server/server/set enabled=yes
                [admin@MikroTik] > /ppp/secret/add local-address=10.0.0.2 name=MT-User password=<redacted> profile=default-encryption remote-address=10.0.0.1 service=l2tp
                """);
        Row server = TestParsing.only(s, Menus.L2TP_SERVER.path());
        assertThat(server.get("enabled")).isEqualTo("yes");
        assertThat(server.get("use-ipsec")).as("the factory value under the typed set").isEqualTo("no");
        Row secret = TestParsing.only(s, Menus.PPP_SECRET.path());
        assertThat(secret.get("name")).isEqualTo("MT-User");
        assertThat(secret.origin().line()).isEqualTo(2);
        // two typed commands are not a whole configuration: the menus they do not touch stay unknown
        assertThat(s.fromExport()).isFalse();
        assertThat(s.hasMenu(Menus.IPSEC_PEER)).isFalse();
    }

    @Test
    void aTypedCommandSaysNothingOfMenusItDoesNotTouchNorOverrulesAPrint() {
        Snapshot s = TestParsing.text("""
                [admin@R1] > /interface l2tp-server server print
                          enabled: yes
                        use-ipsec: required
                [admin@R1] > /ppp secret add name=anna password=<redacted> service=l2tp
                [admin@R1] > /interface l2tp-server server set max-mtu=1400
                """);
        // no factory L2TP server (enabled=no, use-ipsec=no) beside the printed one, no factory IPsec objects
        assertThat(TestParsing.only(s, Menus.L2TP_SERVER.path()).get("use-ipsec")).isEqualTo("required");
        assertThat(s.hasMenu(Menus.IPSEC_PROFILE)).isFalse();
        assertThat(s.hasMenu(Menus.PPP_PROFILE)).isFalse();
        assertThat(TestParsing.only(s, Menus.PPP_SECRET.path()).get("name")).isEqualTo("anna");
    }

    @Test
    void aCommandTypedInsideAMenuPromptIsReadInThatMenu() {
        Snapshot s = TestParsing.text("""
                [admin@R1] /ip/pool> add name=vpn ranges=10.8.0.10-10.8.0.20
                [admin@R1] /ip ipsec profile> set [ find default=yes ] dh-group=modp2048
                """);
        assertThat(TestParsing.only(s, Menus.IP_POOL.path()).get("ranges")).isEqualTo("10.8.0.10-10.8.0.20");
        assertThat(TestParsing.only(s, Menus.IPSEC_PROFILE.path()).get("dh-group")).isEqualTo("modp2048");
    }

    @Test
    void aScriptOfFullPathCommandsWithCommentsBetweenIsOneScript() {
        // handlersyss/Mikrotik-Scripts l2tp-server.rsc @da69871, as published
        Snapshot s = TestParsing.text("""
                # Configuração de servidor L2TP/IPSec
                # Para acesso remoto seguro

                # Habilitar L2TP server
                /interface l2tp-server server set enabled=yes default-profile=default-encryption

                # Configurar pool de IPs para VPN
                /ip pool add name=vpn-pool ranges=192.168.100.10-192.168.100.50

                # Criar usuário VPN
                /ppp secret add name=vpnuser password=<redacted> profile=vpn-profile

                # Firewall para VPN
                /ip firewall filter add chain=input action=accept protocol=udp dst-port=500,4500
                /ip firewall filter add chain=input action=accept protocol=ipsec-esp

                :log info "Servidor L2TP/IPSec configurado"
                """);
        assertThat(s.sections()).extracting(x -> x.kind()).containsExactly("export");
        Row server = TestParsing.only(s, Menus.L2TP_SERVER.path());
        assertThat(server.get("enabled")).isEqualTo("yes");
        assertThat(server.get("use-ipsec")).isEqualTo("no");
        assertThat(s.rows(Menus.FIREWALL_FILTER)).hasSize(2);
        assertThat(TestParsing.only(s, Menus.PPP_SECRET.path()).get("name")).isEqualTo("vpnuser");
        // a script without the export banner is not the whole configuration
        assertThat(s.fromExport()).isFalse();
    }

    @Test
    void twoExportsInOnePasteGiveEachFactoryObjectOnce() {
        Snapshot s = TestParsing.text("""
                [admin@R1] > /interface l2tp-server server export
                # dec/06/2026 10:00:00 by RouterOS 6.49.7
                /interface l2tp-server server
                set enabled=yes use-ipsec=required ipsec-secret=<redacted>
                [admin@R1] > /ip ipsec export
                # dec/06/2026 10:00:01 by RouterOS 6.49.7
                /ip ipsec profile
                set [ find default=yes ] enc-algorithm=aes-256
                """);
        Row server = TestParsing.only(s, Menus.L2TP_SERVER.path());
        assertThat(server.get("enabled")).isEqualTo("yes");
        assertThat(TestParsing.only(s, Menus.IPSEC_PROFILE.path()).get("enc-algorithm")).isEqualTo("aes-256");
        List<Row> profiles = s.rows(Menus.PPP_PROFILE);
        assertThat(profiles).extracting(r -> r.get("name")).containsExactly("default", "default-encryption");
        assertThat(s.fromExport()).isTrue();
    }

    @Test
    void lineShapes() {
        assertThat(LineShapes.isExportMenu("/ip/ipsec/peer")).isTrue();
        assertThat(LineShapes.isExportMenu("/interface/l2tp-server/server/")).isTrue();
        assertThat(LineShapes.isScriptCommand("/ppp/secret/add name=x")).isTrue();
        assertThat(LineShapes.isScriptCommand("/interface l2tp-server server set enabled=yes")).isTrue();
        assertThat(LineShapes.isScriptCommand("/ip address add address=10.0.0.1/24 interface=ether1")).isTrue();
        assertThat(LineShapes.isScriptCommand("/ip ipsec policy print detail")).isFalse();
        assertThat(LineShapes.isScriptCommand("/ip firewall address-list")).isFalse();
        assertThat(LineShapes.isScriptCommand(" 0  name=x")).isFalse();
    }

    @Test
    void aJoinedExportKeepsItsContinuationMarksOutOfTheWay() {
        // an export as a forum copy leaves it: line breaks lost, each continuation '\' kept
        String joined = "/ip ipsec profileset [ find default=yes ] dh-group=modp2048 enc-algorithm=aes-256 \\hash-algorithm=sha512 "
                + "name=site-profileadd dh-group=modp1024 enc-algorithm=aes-128 name=roadwarriors/ppp profileadd dns-server=192.168.88.1 "
                + "local-address=10.77.0.1 name=\\\"vpn-users\" remote-address=vpn-pool/interface bridge portadd bridge=bridge1 "
                + "interface=ether3/interface ethernetset [ find default-name=ether1 ] name=wan1set [ find default-name=ether3 ] name=office";
        Snapshot s = TestParsing.text(joined + "\n");
        assertThat(s.rows(Menus.IPSEC_PROFILE)).anyMatch(r -> "sha512".equals(r.get("hash-algorithm")));
        assertThat(s.rows(Menus.PPP_PROFILE)).anyMatch(r -> "vpn-users".equals(r.get("name"))
                && "vpn-pool".equals(r.get("remote-address")));
        assertThat(s.rows(Menus.BRIDGE_PORT)).anyMatch(r -> "ether3".equals(r.get("interface")));
    }

    @Test
    void anExportMenuWithItsCommandEndsTheTextBeforeIt() {
        Snapshot s = TestParsing.text("""
                ////////# jan/31/2025 xx:xx:xx by RouterOS 6.49.8
                /interface bridge
                add name=lan-ofice
                /ip pool
                add name=vpn ranges=10.8.0.10-10.8.0.20
                """);
        assertThat(TestParsing.only(s, Menus.IP_POOL.path()).get("ranges")).isEqualTo("10.8.0.10-10.8.0.20");
    }
}
