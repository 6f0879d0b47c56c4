package org.l2tpdoctor.report;

import java.io.PrintWriter;
import java.io.StringWriter;
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
        this.inner = inner;
        this.redactor = redactor;
        this.json = inner instanceof JsonReport;
        this.forPeople = inner instanceof TextReport || inner instanceof MarkdownReport;
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

    private void emit(Consumer<PrintWriter> render, PrintWriter out) {
        StringWriter buffer = new StringWriter();
        PrintWriter w = new PrintWriter(buffer);
        render.accept(w);
        w.flush();
        String text = redactor.redact(buffer.toString());
        Redactor.Summary summary = redactor.summary();
        String said = summary.isEmpty() ? "nothing to mask was found" : summary.line() + " masked";
        if (json) {
            int end = text.lastIndexOf('}');
            String member = ",\n  \"redacted\": " + Json.write(summary.counts()).replace("\n", "\n  ");
            out.print(end < 0 ? text : text.substring(0, end).stripTrailing() + member + "\n" + text.substring(end));
        } else if (!forPeople) {
            out.print(text);
        } else {
            out.print(text);
            out.println("Redacted for sharing (--redact): " + said
                    + " (serial numbers, software id, MAC and public addresses; public addresses are documentation addresses now).");
        }
        out.flush();
    }
}
