package org.l2tpdoctor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Row.Builder} masks each value as it is put and hands its map to the row without the
 * constructor's copy: the row must be the one the constructor makes of the same puts (values,
 * and the order of the properties), on generated properties holding secrets in every form the
 * masker knows, secret property names (tokens), nulls, empties and a property put twice; and no
 * planted secret may reach it.
 */
class RowBuilderMasksAsTheConstructorTest {
    private static final String[] PARTS = {"password=hunter22", "secret=\"a b c\"", "psk \"q w e\"", "ipsec-secret=xyz",
        "pass\u200bword=zzz9", "\u001b[1mpassword\u001b[m=esc1", "key: value7", "password=\n next8", "secret=\"open\n rest9\"",
        "wrong password", "user=anna", " \u2192 ", " ", "\t", "=", "\"", ":", "********", "*** ", "secret=", "secret=\"\"",
        "10:00:01 phase 1", "x"};
    private static final String[] NAMES = {"address", "reason", "timeline", "secret", "password", "ipsec-secret", "comment",
        "causes", "user", "PASSWORD", "key"};

    @Test
    void aBuiltRowIsTheRowTheConstructorMakesOfTheSamePuts() {
        Random r = new Random(17);
        for (int i = 0; i < 5_000; i++) {
            Row.Builder built = new Row.Builder("/doctor attempt", new Origin("t", i), r.nextInt(40));
            Map<String, String> p = new LinkedHashMap<>();
            for (int k = r.nextInt(12); k > 0; k--) {
                String name = NAMES[r.nextInt(NAMES.length)];
                String value = value(r);
                if (r.nextInt(8) == 0) {
                    Map<String, String> more = new LinkedHashMap<>();
                    more.put(name, value);
                    more.put(NAMES[r.nextInt(NAMES.length)], value(r));
                    built.putAll(more);
                    p.putAll(more);
                } else {
                    built.put(name, value);
                    p.put(name, value);
                }
            }
            Row row = built.build();
            Row made = new Row("/doctor attempt", null, Set.of(), p, null, new Origin("t", i));
            assertThat(row).isEqualTo(made);
            assertThat(new ArrayList<>(row.properties().entrySet())).isEqualTo(new ArrayList<>(made.properties().entrySet()));
            assertThatThrownBy(() -> row.properties().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void aBuiltItemKeepsItsNumberFlagsAndMaskedCommentAsTheConstructorDoes() {
        Random r = new Random(18);
        for (int i = 0; i < 2_000; i++) {
            Set<String> flags = new java.util.LinkedHashSet<>(r.nextBoolean() ? List.of("dynamic", "disabled") : List.of());
            String comment = r.nextInt(4) == 0 ? null : value(r);
            Row.Builder built = new Row.Builder("/ip firewall filter", String.valueOf(i), flags, comment, new Origin("t", i), 4);
            Map<String, String> p = new LinkedHashMap<>();
            for (int k = r.nextInt(8); k > 0; k--) {
                String name = NAMES[r.nextInt(NAMES.length)];
                String value = value(r);
                built.put(name, value);
                p.put(name, value);
            }
            Row made = new Row("/ip firewall filter", String.valueOf(i), flags, p, comment, new Origin("t", i));
            Row row = built.build();
            assertThat(row).isEqualTo(made);
            assertThat(new ArrayList<>(row.flags())).isEqualTo(new ArrayList<>(made.flags()));
            assertThat(new ArrayList<>(row.properties().entrySet())).isEqualTo(new ArrayList<>(made.properties().entrySet()));
        }
    }

    @Test
    void noPlantedSecretReachesTheRowAndABuilderMakesOneRow() {
        List<String> planted = List.of("hunter22", "a b c", "q w e", "xyz", "zzz9", "esc1", "value7", "next8", "rest9");
        for (String part : PARTS) {
            Row.Builder b = new Row.Builder("/doctor attempt", new Origin("t", 1), 2).put("reason", "peer says " + part)
                    .put("secret", "hunter22");
            Row row = b.build();
            planted.forEach(secret -> row.properties().values().forEach(v -> assertThat(v).as(part).doesNotContain(secret)));
            assertThatThrownBy(() -> b.put("timeline", "more")).isInstanceOf(NullPointerException.class);
        }
    }

    private static String value(Random r) {
        if (r.nextInt(10) == 0) {
            return r.nextBoolean() ? null : "";
        }
        StringBuilder v = new StringBuilder();
        for (int k = 1 + r.nextInt(4); k > 0; k--) {
            v.append(PARTS[r.nextInt(PARTS.length)]).append(r.nextBoolean() ? " " : "");
        }
        return v.toString();
    }
}
