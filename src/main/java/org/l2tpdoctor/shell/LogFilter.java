package org.l2tpdoctor.shell;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalText;

/** Log events as {@code log} prints them, and its filter: a regular expression, else a plain word. */
final class LogFilter {
    private LogFilter() {
    }

    /** Case-insensitive; text that is not a valid regular expression ("[admin") is taken literally. */
    static Predicate<String> of(String text) {
        if (text == null || text.isBlank()) {
            return s -> true;
        }
        try {
            return Pattern.compile(text, Pattern.CASE_INSENSITIVE).asPredicate();
        } catch (PatternSyntaxException e) {
            return Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE).asPredicate();
        }
    }

    /** One event as a line, secrets masked: the filter sees this too, so it cannot probe for a secret. */
    static String line(LogEvent e) {
        return TerminalText.safe(e.time().text() + "  " + String.join(",", e.topics()) + "  "
                + Secrets.text(e.message()));
    }
}
