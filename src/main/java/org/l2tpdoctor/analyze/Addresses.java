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
        int colon = v.lastIndexOf(':');
        if (colon > 0 && v.indexOf(':') == colon && v.substring(colon + 1).matches("\\d+")) {
            return v.substring(0, colon);
        }
        return v;
    }

    /** The port of "203.0.113.7:4500", or null. */
    static String port(String value) {
        if (value == null) {
            return null;
        }
        int colon = value.lastIndexOf(':');
        return colon > 0 && value.indexOf(':') == colon && value.substring(colon + 1).matches("\\d+")
                ? value.substring(colon + 1) : null;
    }

    /** An address that matches every client: the road-warrior peer's. */
    static boolean isAny(String address) {
        return address != null && (address.startsWith("0.0.0.0/0") || address.startsWith("::/0"));
    }

    static boolean looksLikeAddress(String value) {
        return value != null && value.matches("[0-9a-fA-F:.]+(/\\d+)?") && (value.contains(".") || value.contains(":"));
    }
}
