package org.l2tpdoctor.analyze;

/** Address helpers for values as RouterOS prints them ("203.0.113.7:4500", "0.0.0.0/0"). */
final class Addresses {
    private Addresses() {
    }

    /** "203.0.113.7:4500" gives "203.0.113.7"; IPv6 and bare addresses are kept. */
    static String host(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        int colon = portColon(v);
        return colon > 0 ? v.substring(0, colon) : v;
    }

    /** The port of "203.0.113.7:4500", or null. */
    static String port(String value) {
        if (value == null) {
            return null;
        }
        int colon = portColon(value);
        return colon > 0 ? value.substring(colon + 1) : null;
    }

    /**
     * Where the only colon of "address:port" is, or -1 (no port, or an IPv6 address). Called per
     * row in loops over sessions and SAs, so a character check rather than a regex.
     */
    private static int portColon(String v) {
        int colon = v.lastIndexOf(':');
        if (colon <= 0 || v.indexOf(':') != colon || colon == v.length() - 1) {
            return -1;
        }
        for (int i = colon + 1; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return -1;
            }
        }
        return colon;
    }

    /** An address that matches every client: the road-warrior peer's. */
    static boolean isAny(String address) {
        return address != null && (address.startsWith("0.0.0.0/0") || address.startsWith("::/0"));
    }

    static boolean looksLikeAddress(String value) {
        return value != null && value.matches("[0-9a-fA-F:.]+(/\\d+)?") && (value.contains(".") || value.contains(":"));
    }

    /** RFC 1918, shared (CGNAT, RFC 6598) and link-local IPv4: an address the internet cannot reach. */
    static boolean isPrivate(String address) {
        int dotted = dottedQuadHead(address);
        if (dotted >= 0) {
            return isPrivate(dotted >> 16, dotted & 0xffff);
        }
        // anything else as it always was read (a sign, a trailing dot, digits of another script)
        String[] o = address.split("\\.");
        if (o.length != 4) {
            return false;
        }
        try {
            return isPrivate(Integer.parseInt(o[0]), Integer.parseInt(o[1]));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isPrivate(int a, int b) {
        return a == 10 || a == 172 && b >= 16 && b <= 31 || a == 192 && b == 168 || a == 100 && b >= 64 && b <= 127
                || a == 169 && b == 254;
    }

    /**
     * For four non-empty runs of ASCII digits joined by dots, the first two up to three digits
     * long, their values as {@code a << 16 | b}; -1 for anything else. This is every address a
     * log names, read without splitting (the attempts of a big log asked this a hundred thousand
     * times); on these strings it answers what the split and parse do.
     */
    private static int dottedQuadHead(String address) {
        int n = address.length();
        int dots = 0;
        int run = 0;
        int a = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            char c = address.charAt(i);
            if (c == '.') {
                if (run == 0 || ++dots > 3) {
                    return -1;
                }
                run = 0;
            } else if (c >= '0' && c <= '9') {
                run++;
                if (dots < 2) {
                    if (run > 3) {
                        return -1;
                    }
                    if (dots == 0) {
                        a = a * 10 + (c - '0');
                    } else {
                        b = b * 10 + (c - '0');
                    }
                }
            } else {
                return -1;
            }
        }
        return dots == 3 && run > 0 ? a << 16 | b : -1;
    }
}
