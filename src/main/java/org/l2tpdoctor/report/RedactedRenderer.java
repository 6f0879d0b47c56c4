package org.l2tpdoctor.report;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.l2tpdoctor.text.Json;
import org.l2tpdoctor.text.Redactor;

/**
 * {@code --redact}: any format's report with serial numbers, software id, MAC addresses and
 * public addresses (and, when asked, user names) masked on the way out, so everything the report
 * prints is covered — rows, log lines, stories, the router's address in a fleet — and the same
 * address reads the same everywhere in the run. The report then says what was masked: a last
 * line in text and Markdown, a {@code "redacted"} member in JSON.
 */
public final class RedactedRenderer implements Renderer {
    private final Renderer inner;
    private final Redactor redactor;
    private final boolean json;
    /** Text and Markdown say what was masked in a last line; a monitoring format's output keeps its shape. */
    private final boolean forPeople;

    public RedactedRenderer(Renderer inner, Redactor redactor) {
        this(inner, redactor, inner instanceof JsonReport, inner instanceof TextReport || inner instanceof MarkdownReport);
    }

    RedactedRenderer(Renderer inner, Redactor redactor, boolean json, boolean forPeople) {
        this.inner = inner;
        this.redactor = redactor;
        this.json = json;
        this.forPeople = forPeople;
    }

    @Override
    public int exitCode(Report report) {
        return inner.exitCode(report);
    }

    @Override
    public void router(Report.Router report, PrintWriter out) {
        emit(w -> inner.router(report, w), out);
    }

    @Override
    public void fleet(Report.Fleet report, PrintWriter out) {
        emit(w -> inner.fleet(report, w), out);
    }

    @Override
    public boolean showsParsed() {
        return inner.showsParsed();
    }

    @Override
    public void parsed(Report.Parsed report, PrintWriter out) {
        emit(w -> inner.parsed(report, w), out);
    }

    /**
     * Masks the report as it is written, a line at a time (a 1 GiB log's JSON report is ~19 MB,
     * and masking it whole took a 256 MiB heap past its limit). The masks read as if the report
     * were masked whole: a first rendering only reserves the documentation addresses it holds, so
     * no stand-in handed out early is one that appears later; each masked value lies within a line
     * ({@link RedactedLines}); and each kind of value is numbered in the order it appears either way.
     */
    private void emit(Consumer<PrintWriter> render, PrintWriter out) {
        RedactedLines reserving = new RedactedLines(redactor::reserve);
        render.accept(new PrintWriter(reserving));
        reserving.close();
        Tail tail = new Tail(out, json);
        RedactedLines masking = new RedactedLines(text -> tail.print(redactor.redact(text)));
        PrintWriter w = new PrintWriter(masking);
        render.accept(w);
        w.flush();
        masking.close();
        Redactor.Summary summary = redactor.summary();
        String said = summary.isEmpty() ? "nothing to mask was found" : summary.line() + " masked";
        if (json) {
            tail.end(",\n  \"redacted\": " + Json.write(summary.counts()).replace("\n", "\n  "));
        } else {
            tail.end(null);
            if (forPeople) {
                out.println("Redacted for sharing (--redact): " + said
                        + " (serial numbers, software id, MAC and public addresses; public addresses are documentation addresses now).");
            }
        }
        out.flush();
    }

    /**
     * The masked text on its way out. JSON keeps back what follows the last closing brace so far
     * (and the white space before it): the {@code "redacted"} member goes before the document's
     * last brace, in place of that white space.
     */
    private static final class Tail {
        private final PrintWriter out;
        private final boolean json;
        private final StringBuilder held = new StringBuilder();

        Tail(PrintWriter out, boolean json) {
            this.out = out;
            this.json = json;
        }

        void print(String text) {
            if (!json) {
                out.print(text);
                return;
            }
            held.append(text);
            int brace = held.lastIndexOf("}");
            int keep = whiteSpaceBefore(brace < 0 ? held.length() : brace);
            if (keep > 0) {
                out.append(held, 0, keep);
                held.delete(0, keep);
            }
        }

        /** The rest; {@code member} goes before the last brace (no brace at all: the text as it is). */
        void end(String member) {
            int brace = held.lastIndexOf("}");
            if (member == null || brace < 0) {
                out.append(held);
            } else {
                out.append(held, 0, whiteSpaceBefore(brace)).append(member).append('\n').append(held, brace, held.length());
            }
            held.setLength(0);
        }

        /** Where the run of white space that ends at {@code end} begins (as String.stripTrailing reads it). */
        private int whiteSpaceBefore(int end) {
            int i = end;
            while (i > 0) {
                int c = Character.codePointBefore(held, i);
                if (!Character.isWhitespace(c)) {
                    break;
                }
                i -= Character.charCount(c);
            }
            return i;
        }
    }
}
