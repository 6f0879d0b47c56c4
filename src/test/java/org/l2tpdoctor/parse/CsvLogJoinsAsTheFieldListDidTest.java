package org.l2tpdoctor.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvLog#unwrap} copies each field straight into the joined text instead of making a list
 * of field strings first; it must give what the list did, on every line. The reference below is
 * the list-making reading as it was (its oracle), compared on real-looking records and on lines
 * mutated with the characters that steer it: quotes, doubled quotes, commas, blanks of every kind.
 */
class CsvLogJoinsAsTheFieldListDidTest {

    @Test
    void realLookingRecordsJoinAsBefore() {
        for (String line : List.of(
                "\"2026-12-06T21:45:57.000Z\",\"192.0.2.1\",\"ipsec,info respond new phase 1 (Identity Protection): 198.51.100.7[500]<=>203.0.113.9[500]\"",
                "\"2026-12-06T21:45:57.000Z\",\"192.0.2.1\",\"l2tp,ppp,info l2tp-in1: authenticated\"",
                "  \"timestamp\",\"source\",\"message\"",
                "\"a\"\"b\",\"c\"",
                "\"a\", \"b\" ,\"c\"",
                "\"a\",b,\"c\"",
                "\"a\",\"\",\"  \",\"c\"",
                "\"only one field\"",
                "\"a\",\"b\",",
                "\"a\",\"b\" x",
                "\"a\",\"unterminated",
                "\"\u2003a\u2003\",\"\u00a0b\u00a0\"",
                "\"a\",\"b\"\t",
                "\"\",\"\"",
                "plain line, not csv")) {
            assertEquals(reference(line), CsvLog.unwrap(line), line);
        }
    }

    @Test
    void mutatedLinesJoinAsBefore() {
        Random random = new Random(18);
        String[] pieces = {"\"", "\"\"", ",", "\",\"", " ", "\t", "\u2003", "\u00a0", "a", "ipsec,info", "x y", "é", "\uD83D\uDE00"};
        for (int n = 0; n < 100_000; n++) {
            StringBuilder line = new StringBuilder(random.nextBoolean() ? "\"" : random.nextBoolean() ? " \"" : "");
            int parts = random.nextInt(14);
            for (int k = 0; k < parts; k++) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            if (random.nextInt(4) == 0) {
                line.append("\",\"");
            }
            String text = line.toString();
            assertEquals(reference(text), CsvLog.unwrap(text), () -> "line: [" + text + "]");
        }
    }

    /** CsvLog.unwrap as it was before: a list of the fields, then joined. */
    private static String reference(String line) {
        int i = Blanks.skip(line, 0);
        if (i >= line.length() || line.charAt(i) != '"' || line.indexOf("\",", i) < 0) {
            return null;
        }
        List<String> fields = fields(line, i);
        if (fields == null || fields.size() < 2) {
            return null;
        }
        StringBuilder joined = new StringBuilder(line.length());
        for (String f : fields) {
            if (!f.isBlank()) {
                joined.append(joined.length() > 0 ? " " : "").append(f.strip());
            }
        }
        return joined.toString();
    }

    private static List<String> fields(String line, int from) {
        List<String> fields = new ArrayList<>();
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) != '"') {
                int comma = line.indexOf(',', i);
                fields.add(line.substring(i, comma < 0 ? line.length() : comma));
                if (comma < 0) {
                    return fields;
                }
                i = comma + 1;
                continue;
            }
            StringBuilder field = null;
            int start = i + 1;
            int j = start;
            while (true) {
                j = line.indexOf('"', j);
                if (j < 0) {
                    return null;
                }
                if (j + 1 < line.length() && line.charAt(j + 1) == '"') {
                    field = (field == null ? new StringBuilder() : field).append(line, start, j + 1);
                    j += 2;
                    start = j;
                } else {
                    break;
                }
            }
            fields.add(field == null ? line.substring(start, j) : field.append(line, start, j).toString());
            i = Blanks.skip(line, j + 1);
            if (i >= line.length()) {
                return fields;
            }
            if (line.charAt(i) != ',') {
                return null;
            }
            i++;
        }
        return fields;
    }
}
