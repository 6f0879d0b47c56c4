package org.l2tpdoctor.report;

import java.io.Writer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A writer that hands what is written to it on in whole lines, for {@code --redact} to mask a
 * report as it is written instead of holding it whole (a 1 GiB log's JSON report is ~19 MB): no
 * masked value spans a line break, except a serial number or software id whose value a print put
 * on the next line, so a line ending in such a key waits for the lines after it.
 */
final class RedactedLines extends Writer {
    /** A line that ends where {@code Redactor}'s serial-number pattern could still go on. */
    private static final Pattern OPEN_ID = Pattern.compile(
            "(?i)(serial[- ]number|software[- ]id|system[- ]id)\"?\\s*(?:[:=]\\s*)?$");
    private final StringBuilder pending = new StringBuilder();
    private final Consumer<String> lines;

    RedactedLines(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public void write(char[] chars, int off, int len) {
        int from = pending.length();
        pending.append(chars, off, len);
        int end = pending.lastIndexOf("\n");
        if (end < from) {
            return;
        }
        // whole lines go on; a line still open for a serial number's value waits for more
        String whole = pending.substring(0, end + 1);
        if (OPEN_ID.matcher(whole).find()) {
            return;
        }
        pending.delete(0, end + 1);
        lines.accept(whole);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        if (!pending.isEmpty()) {
            lines.accept(pending.toString());
            pending.setLength(0);
        }
    }
}
