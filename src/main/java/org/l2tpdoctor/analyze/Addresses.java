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
}
