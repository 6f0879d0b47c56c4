package org.l2tpdoctor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.text.Secrets;

/**
 * A log row is made from its event's message without masking it a second time where that cannot
 * change it (the event masked it as it was made): the row is the one the constructor makes, and
 * holds no planted secret.
 */
class LogRowMaskedOnceTest {
    private static final String[] PARTS = {"password=hunter22", "secret=\"a b c\"", "psk \"q w e\"", "ipsec-secret=xyz",
        "pass\u200bword=zzz9", "\u001b[1mpassword\u001b[m=esc1", "key: value7", "password=\n next8", "secret=\"open\n rest9\"",
        "wrong password", "user=anna", "phase1 negotiation failed", " ", "\t", "=", "\"", ":", "********", "*** ",
        "secret=", "secret=\"\"", "x"};

    @Test
    void aLogRowIsTheRowTheConstructorWouldMakeAndMasksNoMessageTwiceForNothing() {
        Random r = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder raw = new StringBuilder();
            for (int k = 1 + r.nextInt(5); k > 0; k--) {
                raw.append(PARTS[r.nextInt(PARTS.length)]).append(r.nextBoolean() ? " " : "");
            }
            LogEvent e = new LogEvent(LogTime.NONE, "", List.of("ipsec", "info"), raw.toString(), new Origin("t", i));
            Row once = Row.of("/log", e);
            Map<String, String> p = new LinkedHashMap<>();
            p.put("time", e.time().text());
            p.put("topics", String.join(",", e.topics()));
            p.put("message", e.message());
            Row twice = new Row("/log", null, Set.of(), p, null, e.origin()); // as rows were made before
            assertThat(once).as(raw.toString()).isEqualTo(twice);
            if (!e.message().contains(Secrets.MASK)) {
                assertThat(once.get("message")).as("nothing to mask: kept as it is").isSameAs(e.message());
            }
        }
    }

    @Test
    void theRowsOfManyEventsAreEachEventsRowWithTopicsSharedOrNot() {
        Random r = new Random(19);
        List<List<String>> shared = List.of(List.of("ipsec", "info"), List.of("l2tp", "ppp", "info"), List.of(),
                List.of("password=hunter22", "ipsec"), List.of("secret=\"a b", "c\""));
        List<LogEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            List<String> topics = r.nextInt(4) > 0 ? shared.get(r.nextInt(shared.size()))
                    : List.of(PARTS[r.nextInt(PARTS.length)], "info"); // a list of its own
            events.add(new LogEvent(LogTime.NONE, "", topics, PARTS[r.nextInt(PARTS.length)] + " x", new Origin("t", i)));
        }
        List<Row> rows = Row.of("/log", events);
        assertThat(rows).hasSize(events.size());
        for (int i = 0; i < events.size(); i++) {
            assertThat(rows.get(i)).isEqualTo(Row.of("/log", events.get(i)));
            assertThat(rows.get(i).get("topics")).doesNotContain("hunter22").doesNotContain("a b");
        }
    }

    @Test
    void noPlantedSecretReachesTheRow() {
        List<String> planted = List.of("hunter22", "a b c", "q w e", "xyz", "zzz9", "esc1", "value7", "next8", "rest9");
        for (String part : PARTS) {
            Row row = Row.of("/log", new LogEvent(LogTime.NONE, "", List.of("ipsec"), "peer says " + part, new Origin("t", 1)));
            planted.forEach(secret -> assertThat(row.get("message")).as(part).doesNotContain(secret));
        }
    }
}
