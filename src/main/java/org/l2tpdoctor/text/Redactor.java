package org.l2tpdoctor.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --redact}: makes a paste fit for a forum post or a ticket. Masks what identifies the
 * router and its owner and plays no part in a diagnosis: serial numbers and the software id
 * become {@code REDACTED}, MAC addresses become locally administered ones, public IPv4 and IPv6
 * addresses become addresses from the documentation ranges (RFC 5737, RFC 3849) and, when asked,
 * user names become user1, user2... Each distinct value maps to the same replacement everywhere in
 * one run, so the story still reads ("the second client from 203.0.113.5"); private addresses,
 * ports and prefixes stay. Addresses that already are documentation addresses stay as they are,
 * and no replacement takes one of them. One redactor is used for every input of a run.
 */
public final class Redactor {
    /** What was redacted: kind ("public address", "serial number", ...) → how many distinct values. */
    public record Summary(Map<String, Integer> counts) {
        public boolean isEmpty() {
            return counts.isEmpty();
        }

        /** "2 public addresses, 1 serial number, 3 MAC addresses". */
        public String line() {
            List<String> parts = new ArrayList<>();
            counts.forEach((kind, n) -> parts.add(n + " " + kind + (n == 1 ? "" : kind.endsWith("s") ? "es" : "s")));
            return String.join(", ", parts);
        }
    }

    public static final String MASK = "REDACTED";
    private static final Pattern IDS = Pattern.compile(
            "(?i)(serial[- ]number|software[- ]id|system[- ]id)(\"?\\s*[:=]\\s*)(\"[^\"\\n]*\"|[^\\s\\n,]+)");
    private static final Pattern MAC = Pattern.compile("(?i)(?<![0-9a-f:-])((?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2})(?![0-9a-f:-])");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])((?:\\d{1,3}\\.){3}\\d{1,3})(?![\\d]|\\.\\d)");
    private static final Pattern IPV6 = Pattern.compile("(?i)(?<![0-9a-f:])([0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})(?![0-9a-f:])");
    private static final Pattern USER = Pattern.compile(
            "(?i)(\\bname=|\\buser=|\\bname: |\\buser |\\blogged in as |\\bcaller-id=(?=[a-z]))(\"[^\"\\n]+\"|[^\\s\"\\n,()]+)");

    private final boolean users;
    private final Map<String, String> addresses = new LinkedHashMap<>();
    private final Map<String, String> macs = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Set<String> reserved = new HashSet<>();
    private int serials;
    private int nextV4;
    private int nextV6;

    /** {@code users}: also replace user names. */
    public Redactor(boolean users) {
        this.users = users;
    }

    /**
     * Keeps the documentation addresses in {@code text} from being handed out as replacements, as
     * {@link #redact} does for its own text: a text redacted a part at a time is reserved whole first.
     */
    public synchronized void reserve(String text) {
        reserveDocumentationAddresses(text);
    }

    /** The text with everything redacted. Call for every input of a run before any of it is parsed. */
    public synchronized String redact(String text) {
        reserveDocumentationAddresses(text);
        String out = replace(IDS, text, m -> {
            serials++;
            return m.group(1) + m.group(2) + (m.group(3).startsWith("\"") ? "\"" + MASK + "\"" : MASK);
        });
        out = replace(MAC, out, m -> macs.computeIfAbsent(m.group(1).toUpperCase(Locale.ROOT).replace('-', ':'),
                k -> String.format("02:00:00:00:%02X:%02X", (macs.size() + 1) >> 8 & 0xff, (macs.size() + 1) & 0xff)));
        out = replace(IPV4, out, m -> publicV4(m.group(1)) ? addresses.computeIfAbsent(m.group(1), k -> nextV4()) : m.group(1));
        out = replace(IPV6, out, m -> publicV6(m.group(1))
                ? addresses.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), k -> "2001:db8::" + Integer.toHexString(++nextV6))
                : m.group(1));
        if (users) {
            out = replace(USER, out, m -> {
                String name = m.group(2);
                boolean quoted = name.startsWith("\"");
                String bare = quoted ? name.substring(1, name.length() - 1) : name;
                if (looksLikeAddress(bare) || bare.startsWith("REDACTED") || bare.matches("(?i)l2tp-in-server|default.*|\\*\\d+")) {
                    return m.group(0);
                }
                String alias = names.computeIfAbsent(bare, k -> "user" + (names.size() + 1));
                return m.group(1) + (quoted ? "\"" + alias + "\"" : alias);
            });
        }
        return out;
    }

    /** What this redactor has masked so far. */
    public synchronized Summary summary() {
        Map<String, Integer> counts = new TreeMap<>();
        long v4 = addresses.values().stream().filter(a -> !a.contains(":")).count();
        long v6 = addresses.size() - v4;
        if (v4 + v6 > 0) {
            counts.put("public address", (int) (v4 + v6));
        }
        if (serials > 0) {
            counts.put("serial number or software id", serials);
        }
        if (!macs.isEmpty()) {
            counts.put("MAC address", macs.size());
        }
        if (!names.isEmpty()) {
            counts.put("user name", names.size());
        }
        return new Summary(counts);
    }

    private interface Replacement {
        String of(Matcher m);
    }

    private static String replace(Pattern p, String text, Replacement r) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(r.of(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void reserveDocumentationAddresses(String text) {
        Matcher m = IPV4.matcher(text);
        while (m.find()) {
            int[] o = octets(m.group(1));
            if (o != null && documentation(o)) {
                reserved.add(m.group(1));
            }
        }
    }

    /** The next unused address of 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, then the benchmark range. */
    private String nextV4() {
        while (true) {
            int n = nextV4++;
            String candidate;
            if (n < 3 * 254) {
                String[] nets = {"192.0.2.", "198.51.100.", "203.0.113."};
                candidate = nets[n / 254] + (n % 254 + 1);
            } else {
                int k = n - 3 * 254;
                candidate = "198." + (18 + (k >> 16 & 1)) + "." + (k >> 8 & 0xff) + "." + (k & 0xff);
            }
            if (!reserved.contains(candidate) && !addresses.containsValue(candidate)) {
                return candidate;
            }
        }
    }

    static boolean publicV4(String address) {
        int[] o = octets(address);
        if (o == null) {
            return false;
        }
        int a = o[0];
        int b = o[1];
        boolean special = a == 0 || a == 10 || a == 127 || a >= 224
                || a == 100 && b >= 64 && b <= 127       // carrier-grade NAT
                || a == 169 && b == 254
                || a == 172 && b >= 16 && b <= 31
                || a == 192 && b == 168
                || a == 192 && b == 0 && o[2] == 0
                || a == 198 && (b == 18 || b == 19);
        return !special && !documentation(o);
    }

    private static boolean documentation(int[] o) {
        return o[0] == 192 && o[1] == 0 && o[2] == 2 || o[0] == 198 && o[1] == 51 && o[2] == 100
                || o[0] == 203 && o[1] == 0 && o[2] == 113;
    }

    private static int[] octets(String address) {
        String[] parts = address.split("\\.");
        if (parts.length != 4) {
            return null;
        }
        int[] o = new int[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].length() > 1 && parts[i].startsWith("0")) {
                return null;
            }
            o[i] = Integer.parseInt(parts[i]);
            if (o[i] > 255) {
                return null;
            }
        }
        return o;
    }

    /** A global unicast IPv6 address (2000::/3), not one of the documentation prefix 2001:db8::/32. */
    static boolean publicV6(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        long colons = t.chars().filter(c -> c == ':').count();
        boolean compressed = t.contains("::");
        if (!compressed && colons != 7 || t.indexOf("::") != t.lastIndexOf("::") || t.startsWith(":")) {
            return false;
        }
        String first = t.substring(0, t.indexOf(':'));
        if (first.isEmpty() || first.length() > 4) {
            return false;
        }
        int group = Integer.parseInt(first, 16);
        if (group < 0x2000 || group > 0x3fff) {
            return false;
        }
        return !t.startsWith("2001:db8:") && !t.equals("2001:db8::") && !t.startsWith("2001:0db8:");
    }

    private static boolean looksLikeAddress(String s) {
        return IPV4.matcher(s).matches() || s.contains(":");
    }
}
