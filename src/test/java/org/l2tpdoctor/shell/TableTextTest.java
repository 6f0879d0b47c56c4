package org.l2tpdoctor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.model.Origin;
import org.l2tpdoctor.model.Row;

/** Tables in aligned columns, and one block per row when too wide; secrets masked. */
class TableTextTest {
    private static Row row(String id, String... keyValues) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put(keyValues[i], keyValues[i + 1]);
        }
        return new Row("/ip ipsec identity", id, new LinkedHashSet<>(List.of("dynamic")), p, null,
                new Origin("t", 1));
    }

    private static String print(List<Row> rows, boolean detail, int width) {
        StringWriter s = new StringWriter();
        RowTable.print(rows, RowTable.columns(rows), detail, width, new PrintWriter(s, true));
        return s.toString();
    }

    @Test
    void columnsLineUpAndSecretsAreMasked() {
        String out = print(List.of(row("0", "peer", "rw", "secret", "NOT-REAL-PSK", "generate-policy", "no"),
                row("12", "peer", "office-site", "secret", "", "generate-policy", "port-strict")), false, 0);
        assertThat(out.lines().toList()).containsExactly(
                "#   FLAGS    PEER         SECRET    GENERATE-POLICY",
                "0   dynamic  rw           ********  no",
                "12  dynamic  office-site  \"\"        port-strict");
    }

    @Test
    void tooWideForTheTerminalKeepsTheColumnsThatFitAndSaysWhichDoNot() {
        String out = print(List.of(row("0", "peer", "rw", "auth-method", "pre-shared-key", "wide", "x".repeat(60))),
                false, 40);
        assertThat(out.lines().toList()).containsExactly(
                "#  FLAGS    PEER  AUTH-METHOD",
                "0  dynamic  rw    pre-shared-key",
                "(1 more column(s), -d shows all, -c picks: wide)");
    }

    @Test
    void detailIsOneBlockPerRowWrappedToTheWidth() {
        String out = print(List.of(row("0", "peer", "rw", "wide", "x".repeat(60))), true, 40);
        assertThat(out.lines().toList()).containsExactly("0 [dynamic]", "    peer=rw", "    wide=" + "x".repeat(60));
    }

    @Test
    void controlCharactersInCellsAreEscaped() {
        String out = print(List.of(row("0", "peer", "\u001b[2Jrw")), false, 0);
        assertThat(out).contains("\\x1b[2Jrw").doesNotContain("\u001b");
    }
}
