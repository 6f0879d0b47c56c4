package org.l2tpdoctor.collect.ssh;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A router as the user names it: {@code [user@]host[:port]} (IPv6 in brackets). */
public record RouterAddress(String user, String host, int port) {
    private static final Pattern FORM = Pattern.compile("^(?:([^@\\s]+)@)?(\\[[^\\]]+\\]|[^:\\s@]+)(?::(\\d{1,5}))?$");
    /** A DNS name, an IPv4 address, or an ssh_config Host alias: nothing a shell or RouterOS reads as syntax. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(?:%[A-Za-z0-9._-]+)?");
    /** RouterOS login names, with the "+ct511w4098h" option suffix. */
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._+-]+");

    public static RouterAddress parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a router address (expected [user@]host[:port])");
        }
        boolean bracketed = m.group(2).startsWith("[");
        String host = bracketed ? m.group(2).substring(1, m.group(2).length() - 1) : m.group(2);
        if (!(bracketed ? IPV6 : HOST).matcher(host).matches()) {
            throw new IllegalArgumentException("'" + text + "': '" + host + "' is not a host name or address");
        }
        if (m.group(1) != null) {
            user(m.group(1));
        }
        int port = m.group(3) == null ? 0 : port(m.group(3));
        return new RouterAddress(m.group(1), host, port);
    }

    /** A login name as given, or a clear refusal. */
    public static String user(String text) {
        if (!USER.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a user name");
        }
        return text;
    }

    /** A port as given (1-65535), or a clear refusal: 0 is not "the default". */
    public static int port(String text) {
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw new IllegalArgumentException("'" + text + "' is not a port (1-65535)");
        }
        return Integer.parseInt(text);
    }

    public String label() {
        return host + (port > 0 ? ":" + port : "");
    }
}
