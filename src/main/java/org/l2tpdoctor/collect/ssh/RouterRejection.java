package org.l2tpdoctor.collect.ssh;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Recognises RouterOS's own refusal of a command, which must not be taken for a print. */
final class RouterRejection {
    private static final List<String> MARKERS = List.of("bad command name", "syntax error",
            "no such item", "expected end of command", "expected command name", "invalid value");

    private RouterRejection() {
    }

    /**
     * The router's error line when the answer is a refusal. Only the first non-blank line is
     * looked at: a print never starts with these words, while a log message later on may
     * well contain them.
     */
    static Optional<String> in(String text) {
        // line by line up to the first non-blank one, without splitting the whole answer
        // (every print of every router passes here)
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String trimmed = text.substring(start, end).strip();
            if (!trimmed.isEmpty()) {
                String lower = trimmed.toLowerCase(Locale.ROOT);
                return MARKERS.stream().anyMatch(lower::startsWith) ? Optional.of(trimmed)
                        : Optional.empty();
            }
            start = end + 1;
        }
        return Optional.empty();
    }
}
