package org.l2tpdoctor.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer: enough for the report's stable schema, with correct string escaping. It
 * writes as it walks, to a {@link Writer} in blocks: a report on a 1 GiB log is ~19 MB of JSON,
 * and holding it whole (as text, and again as the characters an encoder copies it to) took more
 * than the 256 MiB a fixed heap gives. Lists are walked by their iterator, so a list may be a
 * view that shapes each element as it is written.
 */
public final class Json {
    /** Characters gathered before they go to the writer: one block, not a call per token. */
    private static final int BLOCK = 16 * 1024;

    private final StringBuilder out = new StringBuilder();
    private final Writer sink;
    private char[] block;

    private Json(Writer sink) {
        this.sink = sink;
    }

    public static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2);
        quote(s, b);
        return b.toString();
    }

    private static void quote(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c >= 0x2028 && c <= 0x202e
                            || c >= 0x2066 && c <= 0x2069) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** Writes maps, lists, strings, numbers, booleans and null, indented by two spaces. */
    public static String write(Object value) {
        Json json = new Json(null);
        json.value(value, 0);
        return json.out.toString();
    }

    /** The same text as {@link #write(Object)}, written to {@code to} as it is made (not flushed). */
    public static void write(Object value, Writer to) {
        Json json = new Json(to);
        json.value(value, 0);
        json.drain();
    }

    private void value(Object v, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            quote(s, out);
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                indent(depth + 1);
                quote(String.valueOf(e.getKey()), out);
                out.append(": ");
                value(e.getValue(), depth + 1);
                out.append(++i < m.size() ? ",\n" : "\n");
                pass();
            }
            indent(depth);
            out.append('}');
        } else if (v instanceof List<?> l) {
            Iterator<?> items = l.iterator();
            if (!items.hasNext()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            while (items.hasNext()) {
                indent(depth + 1);
                value(items.next(), depth + 1);
                out.append(items.hasNext() ? ",\n" : "\n");
                pass();
            }
            indent(depth);
            out.append(']');
        } else {
            quote(v.toString(), out);
        }
    }

    private void indent(int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /** Hands a full block to the writer; without one, the text stays whole for {@link #write(Object)}. */
    private void pass() {
        if (sink != null && out.length() >= BLOCK) {
            drain();
        }
    }

    private void drain() {
        int n = out.length();
        if (block == null || block.length < n) {
            block = new char[Math.max(n, BLOCK * 2)];
        }
        out.getChars(0, n, block, 0);
        out.setLength(0);
        try {
            sink.write(block, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
