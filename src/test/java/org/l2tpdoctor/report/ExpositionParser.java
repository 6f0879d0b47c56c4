package org.l2tpdoctor.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format (0.0.4), for tests: every line a
 * HELP, a TYPE, a comment or a sample; a family's HELP and TYPE at most once and before its
 * samples; a family's samples together; names and label names valid; label values with only the
 * three escapes; values that Go's ParseFloat reads; no series twice. Fails with the line number.
 * Runs where promtool is not installed, and beside it where it is.
 */
public final class ExpositionParser {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern VALUE = Pattern.compile("[+-]?(Inf|NaN|[0-9]*\\.?[0-9]+([eE][+-]?[0-9]+)?|[0-9]+\\.)");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");

    /** One sample: its name, its labels in order, its value. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private ExpositionParser() {
    }

    public static List<Sample> parse(String text) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition must end with a line feed");
        }
        List<Sample> samples = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        Set<String> helped = new HashSet<>();
        Set<String> closed = new HashSet<>();
        Set<String> series = new HashSet<>();
        String current = null;
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String[] p = line.split(" ", 4);
                if (p.length >= 3 && (p[1].equals("HELP") || p[1].equals("TYPE"))) {
                    String family = p[2];
                    check(NAME.matcher(family).matches(), n, "bad metric name " + family);
                    check(!closed.contains(family) && (current == null || !current.equals(family) || !samplesSeen(samples, family)),
                            n, p[1] + " of " + family + " after its samples");
                    if (p[1].equals("HELP")) {
                        check(helped.add(family), n, "second HELP for " + family);
                    } else {
                        check(p.length == 4 && TYPES.contains(p[3]), n, "bad TYPE line");
                        check(types.put(family, p[3]) == null, n, "second TYPE for " + family);
                    }
                    if (current != null && !current.equals(family)) {
                        closed.add(current);
                    }
                    current = family;
                }
                continue;
            }
            Sample s = sample(line, n);
            String family = s.name();
            if (current != null && !current.equals(family)) {
                closed.add(current);
            }
            check(!closed.contains(family), n, "samples of " + family + " are not together");
            current = family;
            check(series.add(family + s.labels()), n, "series twice: " + family + s.labels());
            samples.add(s);
        }
        return samples;
    }

    private static boolean samplesSeen(List<Sample> samples, String family) {
        return samples.stream().anyMatch(s -> s.name().equals(family));
    }

    private static Sample sample(String line, int n) {
        int i = 0;
        while (i < line.length() && line.charAt(i) != '{' && line.charAt(i) != ' ') {
            i++;
        }
        String name = line.substring(0, i);
        check(NAME.matcher(name).matches(), n, "bad metric name '" + name + "'");
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i++;
            while (line.charAt(i) != '}') {
                int eq = line.indexOf('=', i);
                check(eq > i, n, "label without '='");
                String label = line.substring(i, eq);
                check(LABEL.matcher(label).matches(), n, "bad label name '" + label + "'");
                check(line.charAt(eq + 1) == '"', n, "label value not quoted");
                StringBuilder value = new StringBuilder();
                int j = eq + 2;
                for (; ; j++) {
                    check(j < line.length(), n, "label value not closed");
                    char c = line.charAt(j);
                    if (c == '"') {
                        break;
                    }
                    if (c == '\\') {
                        char e = line.charAt(++j);
                        check(e == '\\' || e == '"' || e == 'n', n, "bad escape \\" + e);
                        value.append(e == 'n' ? '\n' : e);
                    } else {
                        value.append(c);
                    }
                }
                check(labels.put(label, value.toString()) == null, n, "label twice: " + label);
                i = j + 1;
                if (line.charAt(i) == ',') {
                    i++;
                }
            }
            i++;
        }
        check(i < line.length() && line.charAt(i) == ' ', n, "no space before the value");
        String[] rest = line.substring(i + 1).split(" ");
        check(rest.length <= 2, n, "more than a value and a timestamp");
        check(VALUE.matcher(rest[0]).matches(), n, "bad value '" + rest[0] + "'");
        double value = rest[0].endsWith("Inf") ? (rest[0].startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                : Double.parseDouble(rest[0]);
        return new Sample(name, labels, value);
    }

    private static void check(boolean ok, int line, String what) {
        if (!ok) {
            throw new IllegalArgumentException("line " + line + ": " + what);
        }
    }
}
