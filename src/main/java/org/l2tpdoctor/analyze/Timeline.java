package org.l2tpdoctor.analyze;

import java.util.Optional;
import java.util.OptionalLong;
import org.l2tpdoctor.model.LogTime;

/**
 * Time arithmetic on log records, from the time the parser read once ({@link LogTime}): how far
 * apart two records are, when both stamps are of a kind that allows it.
 */
final class Timeline {
    private Timeline() {
    }

    static boolean withinSeconds(LogTime from, LogTime to, long limit) {
        OptionalLong g = seconds(from, to);
        return g.isPresent() && g.getAsLong() <= limit;
    }

    /** Time from one log stamp to a later one, as a RouterOS duration ("1m30s"), when both stamps tell it. */
    static Optional<String> gap(LogTime from, LogTime to) {
        OptionalLong g = seconds(from, to);
        return g.isPresent() ? Optional.of(duration(g.getAsLong())) : Optional.empty();
    }

    /** Seconds from one stamp to a later one of the same kind; empty when they do not tell it or go back. */
    private static OptionalLong seconds(LogTime from, LogTime to) {
        if (!from.known() || from.kind() != to.kind() || to.seconds() < from.seconds()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(to.seconds() - from.seconds());
    }

    /** Seconds as a RouterOS duration: 3726 is "1h2m6s", 0 is "0s". */
    static String duration(long g) {
        StringBuilder out = new StringBuilder();
        if (g >= 86400) {
            out.append(g / 86400).append('d');
        }
        if (g % 86400 >= 3600) {
            out.append(g % 86400 / 3600).append('h');
        }
        if (g % 3600 >= 60) {
            out.append(g % 3600 / 60).append('m');
        }
        if (g % 60 > 0 || out.length() == 0) {
            out.append(g % 60).append('s');
        }
        return out.toString();
    }
}
