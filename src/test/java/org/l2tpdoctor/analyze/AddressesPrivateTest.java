package org.l2tpdoctor.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Addresses#isPrivate} reads a plain dotted quad without splitting it; on every string it
 * must answer what the split-and-parse reading did (kept here as the reference), on the
 * addresses a log names and on strings around them: signs, empty parts, trailing dots, long
 * runs, other scripts' digits, IPv6, names.
 */
class AddressesPrivateTest {
    /** The reading before the fast path, word for word. */
    private static boolean reference(String address) {
        String[] o = address.split("\\.");
        if (o.length != 4) {
            return false;
        }
        try {
            int a = Integer.parseInt(o[0]);
            int b = Integer.parseInt(o[1]);
            return a == 10 || a == 172 && b >= 16 && b <= 31 || a == 192 && b == 168 || a == 100 && b >= 64 && b <= 127
                    || a == 169 && b == 254;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Test
    void answersAsTheSplitAndParseDidOnAddressesAndStringsAroundThem() {
        String[] fixed = {"10.0.0.1", "172.16.0.1", "172.31.255.255", "172.32.0.1", "172.15.9.9", "192.168.88.1",
            "192.169.0.1", "100.64.0.1", "100.127.1.1", "100.128.0.1", "169.254.1.1", "203.0.113.5", "010.0.0.1",
            "0010.0.0.1", "10.0.0.1.", "10.0.0.1..", ".10.0.0.1", "10..0.1", "+10.0.0.1", "-10.0.0.1", "10.+16.0.0",
            "\u0661\u0660.0.0.1", "10.0.0", "10.0.0.1.5", "10.0.0.x", "10.0.0.", "1000.0.0.1", "10.0168.0.1",
            "2001:db8::1", "fe80::1%ether1", "", ".", "...", "....", "router.example.com", "10.0.0.1/24",
            "99999999999.0.0.1", "172.0016.0.1", "192.168.1.1 ", " 192.168.1.1"};
        for (String s : fixed) {
            assertThat(Addresses.isPrivate(s)).as(s).isEqualTo(reference(s));
        }
        Random random = new Random(18);
        String alphabet = "0123456789....+-x:\u0661 ";
        String[] firsts = {"10", "172", "192", "100", "169", "203", "0", "010", ""};
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            if (random.nextBoolean()) {
                s.append(firsts[random.nextInt(firsts.length)]).append('.').append(random.nextInt(300)).append('.');
            }
            for (int k = random.nextInt(12); k > 0; k--) {
                s.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('0' + random.nextInt(10)));
            }
            String address = s.toString();
            assertThat(Addresses.isPrivate(address)).as(address).isEqualTo(reference(address));
        }
    }
}
