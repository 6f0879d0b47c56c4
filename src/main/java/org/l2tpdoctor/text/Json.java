package org.l2tpdoctor.text;

import java.util.List;
import java.util.Map;

/** A small JSON writer: enough for the report's stable schema, with correct string escaping. */
public final class Json {
    private final StringBuilder out = new StringBuilder();

    public static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
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
        return b.append('"').toString();
    }

    /** Writes maps, lists, strings, numbers, booleans and null, indented by two spaces. */
    public static String write(Object value) {
        Json json = new Json();
        json.value(value, 0);
        return json.out.toString();
    }

    private void value(Object v, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            out.append(quote(s));
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
                out.append(quote(String.valueOf(e.getKey()))).append(": ");
                value(e.getValue(), depth + 1);
                out.append(++i < m.size() ? ",\n" : "\n");
            }
            indent(depth);
            out.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                indent(depth + 1);
                value(l.get(i), depth + 1);
                out.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            indent(depth);
            out.append(']');
        } else {
            out.append(quote(v.toString()));
        }
    }

    private void indent(int depth) {
        out.append("  ".repeat(depth));
    }
}
