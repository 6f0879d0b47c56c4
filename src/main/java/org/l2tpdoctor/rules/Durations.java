package org.l2tpdoctor.rules;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers as RouterOS prints them: plain, durations ("1d2h3m4s", "30s", "00:01:30"), "unlimited". */
final class Durations {
    private static final Pattern UNITS = Pattern.compile("(\\d+(?:\\.\\d+)?)(w|d|h|ms|m|s)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d\\d):(\\d\\d)");

    private Durations() {
    }

    static OptionalDouble value(String text) {
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        String t = text.strip();
        if (NUMBER.matcher(t).matches()) {
            return OptionalDouble.of(Double.parseDouble(t));
        }
        if (t.equals("unlimited")) {
            return OptionalDouble.of(Double.MAX_VALUE);
        }
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            return OptionalDouble.of(Integer.parseInt(clock.group(1)) * 3600.0
                    + Integer.parseInt(clock.group(2)) * 60.0 + Integer.parseInt(clock.group(3)));
        }
        Matcher m = UNITS.matcher(t);
        double seconds = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                return OptionalDouble.empty();
            }
            double n = Double.parseDouble(m.group(1));
            seconds += switch (m.group(2)) {
                case "w" -> n * 604800;
                case "d" -> n * 86400;
                case "h" -> n * 3600;
                case "m" -> n * 60;
                case "ms" -> n / 1000;
                default -> n;
            };
            end = m.end();
        }
        return end == t.length() && end > 0 ? OptionalDouble.of(seconds) : OptionalDouble.empty();
    }
}
