package org.l2tpdoctor.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the Prometheus text exposition format (version 0.0.4): each family's HELP and TYPE
 * once, then all its samples together, label values escaped, names checked. Families are kept
 * in the order they were first declared, so one family's samples stay contiguous however the
 * routers of a fleet interleave them (a parser rejects a family that appears twice).
 */
public final class Exposition {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private record Family(String name, String type, String help, List<String> samples) {
    }

    private final Map<String, Family> families = new LinkedHashMap<>();

    /** Declares a gauge family; declaring it again is a no-op. */
    public Exposition gauge(String name, String help) {
        return declare(name, "gauge", help);
    }

    public Exposition counter(String name, String help) {
        return declare(name, "counter", help);
    }

    private Exposition declare(String name, String type, String help) {
        if (!METRIC_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a metric name: " + name);
        }
        families.putIfAbsent(name, new Family(name, type, help, new ArrayList<>()));
        return this;
    }

    /** One sample of a declared family; labels as name, value pairs, in the order given. */
    public Exposition sample(String name, double value, String... labels) {
        Family f = families.get(name);
        if (f == null) {
            throw new IllegalArgumentException("undeclared metric family: " + name);
        }
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name, value pairs");
        }
        StringBuilder s = new StringBuilder(name);
        if (labels.length > 0) {
            s.append('{');
            for (int i = 0; i < labels.length; i += 2) {
                if (!LABEL_NAME.matcher(labels[i]).matches() || labels[i].startsWith("__")) {
                    throw new IllegalArgumentException("not a label name: " + labels[i]);
                }
                s.append(i == 0 ? "" : ",").append(labels[i]).append("=\"").append(labelValue(labels[i + 1])).append('"');
            }
            s.append('}');
        }
        s.append(' ').append(number(value));
        f.samples().add(s.toString());
        return this;
    }

    /** The exposition: families without a sample are left out (a HELP with nothing under it says nothing). */
    public void write(PrintWriter out) {
        for (Family f : families.values()) {
            if (f.samples().isEmpty()) {
                continue;
            }
            out.print("# HELP " + f.name() + " " + help(f.help()) + "\n");
            out.print("# TYPE " + f.name() + " " + f.type() + "\n");
            f.samples().forEach(s -> out.print(s + "\n"));
        }
        out.flush();
    }

    /** Label values escape backslash, double quote and line feed; anything else is kept as UTF-8. */
    static String labelValue(String v) {
        String s = v == null ? "" : v;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** HELP text escapes backslash and line feed only. */
    static String help(String h) {
        return h.replace("\\", "\\\\").replace("\n", "\\n");
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v); // "1.5", "1.2E-7": both read by Go's ParseFloat
    }
}
