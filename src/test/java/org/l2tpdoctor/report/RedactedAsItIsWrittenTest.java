package org.l2tpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.text.Json;
import org.l2tpdoctor.text.Redactor;

/**
 * {@code --redact} masks a report line by line as it is written (a 1 GiB log's JSON report held
 * whole and masked whole ran a 256 MiB heap out of memory), and the result is the text masking it
 * whole gave: the same stand-ins in the same order, documentation addresses that appear late never
 * handed out early, a serial number whose value is on the next line masked, the JSON member before
 * the last brace. The whole-text masking below is the code this replaced, kept as the reference.
 */
class RedactedAsItIsWrittenTest {

    @Test
    void everyFormsMaskingIsTheWholeTextsMasking() {
        for (long seed = 1; seed <= 12; seed++) {
            String report = report(new Random(seed), 3_000);
            for (boolean users : new boolean[] {false, true}) {
                assertSame(report, true, false, users);
                assertSame(report, false, true, users);
                assertSame(report, false, false, users);
            }
        }
    }

    @Test
    void edgesOfTheJsonMemberAndOfLines() {
        for (String text : new String[] {"", "no brace at all 198.18.0.1\n", "{\n  \"a\": 8.8.8.8\n}\n", "{\n  \"a\": \"8.8.8.8\",\n  \"b\": \"192.0.2.1\"\n}\n",
            "{\n  \"a\": 1\n\n \t\n}\n\n", "{\"a\": {\"b\": 1}} trailing 8.8.4.4", "serial-number:\n\n   ABC123\n}",
            "{\n  \"software-id\": \"XY-Z1\",\n  \"x\": \"system id =\"\n}\nnext 1.1.1.1"}) {
            assertSame(text, true, false, false);
            assertSame(text, false, true, true);
        }
    }

    private static void assertSame(String report, boolean json, boolean forPeople, boolean users) {
        StringWriter streamed = new StringWriter();
        Renderer inner = new Fixed(report);
        new RedactedRenderer(inner, new Redactor(users), json, forPeople)
                .router(null, new PrintWriter(streamed));
        assertThat(streamed.toString()).isEqualTo(whole(report, new Redactor(users), json, forPeople));
    }

    /** What RedactedRenderer did before: the report held whole, masked whole. */
    private static String whole(String report, Redactor redactor, boolean json, boolean forPeople) {
        StringWriter out = new StringWriter();
        String text = redactor.redact(report);
        Redactor.Summary summary = redactor.summary();
        String said = summary.isEmpty() ? "nothing to mask was found" : summary.line() + " masked";
        if (json) {
            int end = text.lastIndexOf('}');
            String member = ",\n  \"redacted\": " + Json.write(summary.counts()).replace("\n", "\n  ");
            out.write(end < 0 ? text : text.substring(0, end).stripTrailing() + member + "\n" + text.substring(end));
        } else if (!forPeople) {
            out.write(text);
        } else {
            out.write(text);
            out.write("Redacted for sharing (--redact): " + said
                    + " (serial numbers, software id, MAC and public addresses; public addresses are documentation addresses now)."
                    + System.lineSeparator());
        }
        return out.toString();
    }

    /** A long report of the values --redact masks, in every place a line can hold them. */
    private static String report(Random r, int lines) {
        StringBuilder b = new StringBuilder("{\n");
        String[] forms = {
            "  \"address\": \"%s\",", "  \"mac\": \"%s\", \"remote\": \"%s\"", "  serial-number: %s", "  serial-number:",
            "  \"software-id\": \"%s\"", "name=%s address=%s", "user %s logged in as %s from %s", "%s/32 via %s",
            "  \"six\": \"%s\"", "%s:500 -> %s:4500", "   system id = %s", "  }", "", "\t"};
        for (int i = 0; i < lines; i++) {
            String form = forms[r.nextInt(forms.length)];
            Object[] values = new Object[4];
            for (int v = 0; v < values.length; v++) {
                values[v] = value(r);
            }
            b.append(String.format(form, values)).append(r.nextInt(20) == 0 ? "  " : "").append('\n');
        }
        return b.append("}\n").toString();
    }

    private static String value(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> (1 + r.nextInt(220)) + "." + r.nextInt(256) + "." + r.nextInt(4) + "." + r.nextInt(256);
            case 1 -> (r.nextBoolean() ? "192.0.2." : r.nextBoolean() ? "198.51.100." : "203.0.113.") + r.nextInt(256);
            case 2 -> String.format("%02x:%02X:%02x:00:%02x:%02x", r.nextInt(256), r.nextInt(256), r.nextInt(256),
                    r.nextInt(256), r.nextInt(256));
            case 3 -> "2a0" + r.nextInt(10) + ":db" + r.nextInt(10) + "::" + Integer.toHexString(r.nextInt(65536));
            case 4 -> "SN" + r.nextInt(100_000);
            case 5 -> "user" + r.nextInt(50);
            case 6 -> "10.0." + r.nextInt(256) + "." + r.nextInt(256);
            default -> "\"quoted " + r.nextInt(9) + "\"";
        };
    }

    /** An inner renderer that prints a fixed text, in pieces of 1 to 200 characters as real ones do. */
    private record Fixed(String text) implements Renderer {
        @Override
        public void router(Report.Router report, PrintWriter out) {
            Random r = new Random(text.length());
            for (int i = 0; i < text.length(); ) {
                int n = Math.min(text.length() - i, 1 + r.nextInt(200));
                out.write(text, i, n);
                i += n;
            }
            out.flush();
        }

        @Override
        public void fleet(Report.Fleet report, PrintWriter out) {
            router(null, out);
        }
    }
}
