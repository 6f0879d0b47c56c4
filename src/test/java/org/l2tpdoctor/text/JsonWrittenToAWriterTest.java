package org.l2tpdoctor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Json#write(Object, java.io.Writer)} writes the same text as {@link Json#write(Object)}, however long. */
class JsonWrittenToAWriterTest {

    @Test
    void smallValuesOfEveryKindReadTheSame() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("empty map", Map.of());
        m.put("empty list", List.of());
        m.put("null", null);
        m.put("number", 42L);
        m.put("flag", true);
        m.put("escapes", "quote \" back \\ tab \t line \n cr \r bell \u0007 del \u007f c1 \u0085 ls \u2028 rlo \u202e fsi \u2068 é ü");
        m.put("nested", List.of(Map.of("a", List.of(1, 2)), List.of(List.of())));
        m.put("linked", new LinkedList<>(List.of("x", "y")));
        m.put("other", new StringBuilder("to string"));
        assertSame(m);
        assertSame("just a string");
        assertSame(List.of());
    }

    @Test
    void aValueLongerThanManyBlocksReadsTheSame() {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("line", i);
            row.put("message", "phase1 negotiation failed due to time up " + i + (i % 7 == 0 ? " \u00e9" : ""));
            rows.add(row);
        }
        rows.add("x".repeat(100_000));
        assertSame(Map.of("rows", rows));
    }

    private static void assertSame(Object value) {
        StringWriter out = new StringWriter();
        Json.write(value, out);
        assertThat(out.toString()).isEqualTo(Json.write(value));
    }
}
