import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a RouterOS log file of a given size in one of the shapes users' logs come in,
 * deterministically (fixed seed). Client addresses are in 198.18.0.0/15 (reserved for benchmarks);
 * the wordings are RouterOS's own, as in ../shared/corpus and the forum threads of cases/.
 *
 *   default   remote/disk log, ISO stamps, about 10% ipsec/l2tp/ppp from CLIENTS (5,000) clients
 *   clients   the same with 60,000 distinct clients (a concentrator)
 *   debug     half the lines ipsec,debug and ipsec,debug,packet (negotiation steps, hex dumps)
 *   noise     no ipsec/l2tp/ppp line at all: dhcp, firewall, system, interface
 *   long      firewall logs with long log-prefixes and NAT detail (lines of 300-400 bytes)
 *   terminal  /log print copied from a terminal: a leading space before every stamp
 *   syslog    as rsyslog stores a remote router: "Dec  6 09:32:30 10.120.127.1 ipsec,info ..."
 *   csv       a syslog collector's CSV export (Graylog): "stamp","source","message"
 *
 * Usage: java bench/GenerateLog.java OUT.log SIZE_MIB [CLIENTS|-] [SHAPE]
 */
public final class GenerateLog {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]) * 1024 * 1024;
        String shape = args.length > 3 ? args[3] : "default";
        int clients = args.length > 2 && !args[2].equals("-") ? Integer.parseInt(args[2])
                : shape.equals("clients") ? 60_000 : 5000;
        Random r = new Random(20261124L);
        long written = 0;
        long second = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (shape.equals("csv")) {
                String header = "\"timestamp\",\"source\",\"message\"";
                w.write(header);
                w.write('\n');
                written += header.length() + 1;
            }
            while (written < target) {
                second += r.nextInt(2);
                String line = switch (shape) {
                    case "default", "clients" -> line(r, clients, stamp(second), 10);
                    case "debug" -> r.nextInt(100) < 50 ? debugLine(r, stamp(second)) : line(r, clients, stamp(second), 20);
                    case "noise" -> otherLine(r, stamp(second));
                    case "long" -> r.nextInt(100) < 10 ? clientLine(r, clients, stamp(second)) : longLine(r, stamp(second));
                    case "terminal" -> " " + line(r, clients, stamp(second), 10);
                    case "syslog" -> line(r, clients, bsdStamp(second) + " 10.120.127.1", 10);
                    case "csv" -> csv(line(r, clients, "", 10), second);
                    default -> throw new IllegalArgumentException("unknown shape " + shape);
                };
                w.write(line);
                w.write('\n');
                written += line.length() + 1;
            }
        }
    }

    /** One line of the default mix: {@code percent}% from the clients, the rest other topics. */
    private static String line(Random r, int clients, String stamp, int percent) {
        return r.nextInt(100) < percent ? clientLine(r, clients, stamp) : otherLine(r, stamp);
    }

    private static String stamp(long second) {
        long day = 18 + second / 86400 % 10;
        long s = second % 86400;
        return String.format("2026-09-%02d %02d:%02d:%02d", day, s / 3600, s / 60 % 60, s % 60);
    }

    /** rsyslog's traditional file format: the day space-padded to two characters. */
    private static String bsdStamp(long second) {
        long day = 1 + second / 86400 % 28;
        long s = second % 86400;
        return String.format("%s %2d %02d:%02d:%02d", MONTHS[(int) (second / 86400 / 28 % 12)], day, s / 3600, s / 60 % 60, s % 60);
    }

    /** A Graylog CSV record of a line written without a stamp (it starts with a space). */
    private static String csv(String line, long second) {
        long s = second % 86400;
        String stamp = String.format("2026-12-%02dT%02d:%02d:%02d.000Z", 1 + second / 86400 % 28, s / 3600, s / 60 % 60, s % 60);
        return "\"" + stamp + "\",\"10.120.127.1\",\"" + line.substring(1).replace("\"", "\"\"") + "\"";
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

    /** ipsec,debug negotiation steps and ipsec,debug,packet hex dumps (eight 32-bit words a line). */
    private static String debugLine(Random r, String stamp) {
        int k = r.nextInt(12);
        if (k < 6) {
            StringBuilder hex = new StringBuilder(stamp).append(k < 3 ? " ipsec,debug " : " ipsec,debug,packet ");
            for (int i = 0; i < 8; i++) {
                hex.append(i == 0 ? "" : " ").append(String.format("%08x", r.nextInt()));
            }
            return hex.toString();
        }
        String peer = client(r.nextInt(5000));
        return switch (k) {
            case 6 -> stamp + " ipsec,debug,packet => shared secret (size 0x" + Integer.toHexString(64 + 64 * r.nextInt(3)) + ")";
            case 7 -> stamp + " ipsec,debug ===== received " + (60 + r.nextInt(500)) + " bytes from " + peer
                    + "[4500] to 198.51.100.1[4500]";
            case 8 -> stamp + " ipsec,debug type=Encryption Algorithm, flag=0x8000, lorv=AES-CBC";
            case 9 -> stamp + " ipsec,debug add payload of len " + (8 + r.nextInt(60)) + ", next type " + r.nextInt(14);
            case 10 -> stamp + " ipsec,debug seen nptype=20(nat-d) len=24";
            default -> stamp + " ipsec,debug 1 times of " + (60 + r.nextInt(500)) + " bytes message will be sent to "
                    + peer + "[4500]";
        };
    }

    /** A firewall rule's log line with a long log-prefix and the NAT detail of a dst-nat'ed packet. */
    private static String longLine(Random r, String stamp) {
        String[] prefixes = {"WAN-IN-DROP-NEW-CONNECTIONS-NOT-DSTNATED-FROM-INTERNET", "BLOCKLIST-PORT-SCANNERS-ADDRESS-LIST-ADD-24H",
            "FORWARD-ACCEPT-DSTNAT-TO-INTERNAL-RDP-SERVER-LOGGED", "INPUT-DROP-WINBOX-FROM-UNTRUSTED-NETWORKS"};
        String src = "186.26." + r.nextInt(256) + "." + r.nextInt(256) + ":" + (1024 + r.nextInt(60000));
        int dport = r.nextInt(65536);
        return stamp + " firewall,info " + prefixes[r.nextInt(prefixes.length)] + " forward: in:ether1-WAN out:bridge-LAN, "
                + "connection-state:new,dnat src-mac 00:17:10:88:bc:02, proto TCP (SYN), " + src + "->192.168.88."
                + r.nextInt(254) + ":" + dport + ", NAT (" + src + "->198.51.100.1:" + dport + ")->(" + src + "->192.168.88.10:"
                + dport + "), len 52";
    }
}
