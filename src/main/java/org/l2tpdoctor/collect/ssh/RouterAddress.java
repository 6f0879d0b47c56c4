package org.l2tpdoctor.collect.ssh;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A router as the user names it: {@code [user@]host[:port]} (IPv6 in brackets). */
public record RouterAddress(String user, String host, int port) {
    private static final Pattern FORM = Pattern.compile("^(?:([^@\\s]+)@)?(\\[[^\\]]+\\]|[^:\\s@]+)(?::(\\d{1,5}))?$");

    public static RouterAddress parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a router address (expected [user@]host[:port])");
        }
        String host = m.group(2).startsWith("[") ? m.group(2).substring(1, m.group(2).length() - 1) : m.group(2);
        int port = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (port > 65535) {
            throw new IllegalArgumentException("'" + text + "': port " + port + " is out of range");
        }
        return new RouterAddress(m.group(1), host, port);
    }

    public String label() {
        return host + (port > 0 ? ":" + port : "");
    }
}
