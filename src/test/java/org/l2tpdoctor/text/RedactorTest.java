package org.l2tpdoctor.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** --redact: serials, software id, MACs and public addresses masked, consistently, the story intact. */
class RedactorTest {

    @Test
    void publicAddressesMapConsistentlyToDocumentationRangesAndPrivateOnesStay() {
        Redactor r = new Redactor(false);
        String out = r.redact("ISAKMP-SA established 85.10.20.30[4500]-91.1.2.3[1031]\n"
                + "remote-address=91.1.2.3 local-address=10.0.0.1 src-address=85.10.20.30/32 ranges=10.10.10.10-10.10.10.200\n"
                + "peer 203.0.113.7 dst=0.0.0.0/0 mask 255.255.255.0 version 7.19.4");
        assertThat(out).doesNotContain("85.10.20.30").doesNotContain("91.1.2.3");
        assertThat(out).contains("10.0.0.1", "10.10.10.10-10.10.10.200", "203.0.113.7", "0.0.0.0/0", "255.255.255.0", "7.19.4");
        assertThat(out).contains("[4500]", "[1031]", "/32");
        String first = out.substring(out.indexOf("established ") + 12, out.indexOf("[4500]"));
        assertThat(out.split(java.util.regex.Pattern.quote(first + "/32"), -1)).hasSize(2);
        assertThat(first).isNotEqualTo("203.0.113.7");
        assertThat(r.summary().line()).isEqualTo("2 public addresses");
    }

    @Test
    void serialSoftwareIdAndMacsAreMasked() {
        Redactor r = new Redactor(false);
        String out = r.redact("# software id = AB12-CD34\n# serial number = 7F3A0B1C2D3E\n"
                + "serial-number: HE40812XYZ\nmac-address=4C:5E:0C:11:22:33 other=4c-5e-0c-11-22-33\n");
        assertThat(out).doesNotContain("AB12-CD34", "7F3A0B1C2D3E", "HE40812XYZ", "4C:5E:0C:11:22:33", "4c-5e-0c-11-22-33");
        assertThat(out).contains("software id = REDACTED", "serial number = REDACTED", "serial-number: REDACTED");
        assertThat(out).contains("mac-address=02:00:00:00:00:01 other=02:00:00:00:00:01");
        assertThat(r.summary().counts()).containsEntry("MAC address", 1).containsEntry("serial number or software id", 3);
    }

    @Test
    void publicIpv6BecomesTheDocumentationPrefixAndLinkLocalStays() {
        Redactor r = new Redactor(false);
        String out = r.redact("address=2a02:1810:abcd::1/64 gw=fe80::1 any=::/0 mac=00:11:22:33:44:55");
        assertThat(out).contains("2001:db8::1/64", "fe80::1", "::/0").doesNotContain("2a02:1810");
    }

    @Test
    void userNamesOnlyWhenAsked() {
        String text = "/ppp active #0 name=dave service=l2tp\nl2tp,ppp,info dave: logged in as dave\nuser dave authenticated";
        assertThat(new Redactor(false).redact(text)).contains("dave");
        Redactor users = new Redactor(true);
        String out = users.redact(text);
        assertThat(out).contains("name=user1").contains("logged in as user1").contains("user user1");
        assertThat(users.summary().line()).isEqualTo("1 user name");
    }
}
