import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a terminal-session paste from a router with many road warriors (active peers, installed
 * SAs, PPP sessions, dynamic policies), deterministically; with CLIENTS=0 a small realistic paste.
 * Usage: java bench/GeneratePaste.java OUT.txt CLIENTS
 */
public final class GeneratePaste {
    public static void main(String[] args) throws IOException {
        int clients = Integer.parseInt(args[1]);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            w.println("[admin@Office-GW] > /interface l2tp-server server print");
            w.println("          enabled: yes");
            w.println("   authentication: mschap2");
            w.println("  default-profile: l2tp-prof");
            w.println("        use-ipsec: required");
            w.println("[admin@Office-GW] > /ip ipsec identity print detail");
            w.println("Flags: D - dynamic; X - disabled");
            w.println(" 0 D  peer=l2tp-in-server auth-method=pre-shared-key secret=\"bench-NOT-REAL\" generate-policy=port-strict");
            w.println("[admin@Office-GW] > /ip ipsec profile print detail");
            w.println("Flags: * - default");
            w.println(" 0 * name=\"default\" hash-algorithm=sha1 enc-algorithm=aes-128,3des dh-group=modp2048,modp1024 lifetime=1d");
            w.println("     proposal-check=obey nat-traversal=yes dpd-interval=30s dpd-maximum-failures=5");
            w.println("[admin@Office-GW] > /ip ipsec active-peers print detail");
            w.println("Flags: R - responder; N - natt-peer");
            for (int i = 0; i < clients; i++) {
                w.printf(" %d RN id=\"%s\" local-address=198.51.100.1 port=4500 remote-address=%s port=%d%n", i, ip(i), ip(i), 1024 + i % 5000);
                w.println("      state=established side=responder uptime=1h2m3s last-seen=2s ph2-total=1");
            }
            w.println("[admin@Office-GW] > /ppp active print detail");
            w.println("Flags: R - radius");
            for (int i = 0; i < clients; i++) {
                w.printf(" %d   name=\"user%d\" service=l2tp caller-id=\"%s\" address=10.10.%d.%d uptime=1h2m encoding=\"cbc(aes) + hmac(sha1)\"%n",
                        i, i, ip(i), i / 256 % 256, i % 256);
            }
            w.println("[admin@Office-GW] > /ip ipsec installed-sa print detail");
            w.println("Flags: S - SEEN-TRAFFIC; H - HW-AEAD; E - ESP");
            for (int i = 0; i < clients; i++) {
                w.printf(" %d SE spi=0x%08X src-address=%s:4500 dst-address=198.51.100.1:4500 state=mature auth-algorithm=sha1 enc-algorithm=aes-cbc%n", 2 * i, i * 2 + 1, ip(i));
                w.printf(" %d SE spi=0x%08X src-address=198.51.100.1:4500 dst-address=%s:4500 state=mature auth-algorithm=sha1 enc-algorithm=aes-cbc%n", 2 * i + 1, i * 2 + 2, ip(i));
            }
            w.println("[admin@Office-GW] > /log print where topics~\"ipsec|l2tp|ppp\"");
            for (int i = 0; i < Math.max(clients, 12); i++) {
                w.printf(" 2026-09-18 %02d:%02d:%02d ipsec,info respond new phase 1 (Identity Protection): 198.51.100.1[500]<=>%s[500]%n", i / 3600 % 24, i / 60 % 60, i % 60, ip(i));
            }
        }
    }

    private static String ip(int n) {
        return "198." + (18 + n / 65536 % 2) + "." + (n / 256 % 256) + "." + (n % 256);
    }
}
