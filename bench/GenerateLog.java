import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a RouterOS v7 memory-log style file of a given size, deterministically (fixed seed):
 * about 10% of lines are ipsec/l2tp/ppp from thousands of clients (addresses in 198.18.0.0/15,
 * the range reserved for benchmarks), the rest are other topics.
 * Usage: java bench/GenerateLog.java OUT.log SIZE_MIB [CLIENTS]
 */
public final class GenerateLog {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]) * 1024 * 1024;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        Random r = new Random(20261124L);
        long written = 0;
        long second = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            while (written < target) {
                second += r.nextInt(2);
                String stamp = stamp(second);
                String line;
                if (r.nextInt(100) < 10) {
                    line = clientLine(r, clients, stamp);
                } else {
                    line = otherLine(r, stamp);
                }
                w.write(line);
                w.write('\n');
                written += line.length() + 1;
            }
        }
    }

    private static String stamp(long second) {
        long day = 18 + second / 86400 % 10;
        long s = second % 86400;
        return String.format("2026-09-%02d %02d:%02d:%02d", day, s / 3600, s / 60 % 60, s % 60);
    }

    private static String client(int n) {
        return "198." + (18 + n / 65536 % 2) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    private static String clientLine(Random r, int clients, String stamp) {
        int c = r.nextInt(clients);
        String ip = client(c);
        int port = 1024 + r.nextInt(60000);
        String user = "user" + c;
        return switch (r.nextInt(9)) {
            case 0 -> stamp + " ipsec,info respond new phase 1 (Identity Protection): 198.51.100.1[500]<=>" + ip + "[500]";
            case 1 -> stamp + " ipsec,info ISAKMP-SA established 198.51.100.1[4500]-" + ip + "[" + port
                    + "] spi:" + Long.toHexString(r.nextLong()) + ":" + Long.toHexString(r.nextLong());
            case 2 -> stamp + " l2tp,info first L2TP UDP packet received from " + ip + " port 1701";
            case 3 -> stamp + " l2tp,ppp,info,account " + user + " logged in, 10.10." + (c / 256 % 256) + "." + (c % 256) + " from " + ip;
            case 4 -> stamp + " l2tp,ppp,info <l2tp-" + user + ">: authenticated";
            case 5 -> stamp + " l2tp,ppp,info <l2tp-" + user + ">: connected";
            case 6 -> stamp + " l2tp,ppp,info <l2tp-" + user + ">: terminating... - peer is not responding";
            case 7 -> stamp + " ipsec,error phase1 negotiation failed due to time up 198.51.100.1[500]<=>" + ip + "[" + port
                    + "] " + Long.toHexString(r.nextLong()) + ":" + Long.toHexString(r.nextLong());
            default -> stamp + " ipsec,info purging ISAKMP-SA 198.51.100.1[4500]<=>" + ip + "[" + port + "] spi="
                    + Long.toHexString(r.nextLong()) + ":" + Long.toHexString(r.nextLong()) + ".";
        };
    }

    private static String otherLine(Random r, String stamp) {
        return switch (r.nextInt(5)) {
            case 0 -> stamp + " dhcp,info server1 assigned 192.168.201." + r.nextInt(254) + " for EC:64:C9:EA:"
                    + String.format("%02X:%02X", r.nextInt(256), r.nextInt(256)) + " ESP-EA6264";
            case 1 -> stamp + " dhcp,info server1 deassigned 192.168.201." + r.nextInt(254) + " for 6A:D6:E8:04:16:92 Redmi-12";
            case 2 -> stamp + " firewall,info drop-in input: in:ether1-WAN out:(unknown 0), connection-state:new src-mac "
                    + "00:17:10:88:bc:02, proto UDP, 186.26." + r.nextInt(256) + "." + r.nextInt(256) + ":" + r.nextInt(65536)
                    + "->198.51.100.1:" + r.nextInt(65536) + ", len 76";
            case 3 -> stamp + " system,info,account user admin logged in from 192.168.88." + r.nextInt(254) + " via winbox";
            default -> stamp + " interface,info ether" + (1 + r.nextInt(5)) + " link " + (r.nextBoolean() ? "up" : "down");
        };
    }
}
