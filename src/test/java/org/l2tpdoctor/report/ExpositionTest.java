package org.l2tpdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exposition writer escapes what a router name or identity may hold, and keeps each family together. */
class ExpositionTest {

    private static String write(Exposition e) {
        StringWriter out = new StringWriter();
        e.write(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void hostileLabelValuesAreEscapedAndReadBackUnchanged() throws Exception {
        String hostile = "r\"1\\ \n{x=\"y\"} # é ☃";
        String text = write(new Exposition().gauge("l2tpdoctor_test_value", "A test.\nSecond line with \\ in it.")
                .sample("l2tpdoctor_test_value", 1, "router", hostile)
                .sample("l2tpdoctor_test_value", 0.25, "router", "plain"));

        List<ExpositionParser.Sample> samples = ExpositionParser.parse(text);
        assertThat(samples).extracting(s -> s.labels().get("router")).containsExactly(hostile, "plain");
        assertThat(samples.get(1).value()).isEqualTo(0.25);
        Promtool.accepts(text);
    }

    @Test
    void samplesAddedLaterToAnEarlierFamilyStayWithIt() {
        Exposition e = new Exposition().gauge("l2tpdoctor_a_value", "a").gauge("l2tpdoctor_b_value", "b");
        e.sample("l2tpdoctor_a_value", 1, "router", "r1").sample("l2tpdoctor_b_value", 1, "router", "r1")
                .sample("l2tpdoctor_a_value", 2, "router", "r2");

        String text = write(e);
        assertThat(text).containsSubsequence("l2tpdoctor_a_value{router=\"r1\"} 1\nl2tpdoctor_a_value{router=\"r2\"} 2\n",
                "# HELP l2tpdoctor_b_value");
        ExpositionParser.parse(text);
    }

    @Test
    void badNamesAreRefusedWhenWrittenNotWhenScraped() {
        assertThatThrownBy(() -> new Exposition().gauge("l2tp-doctor", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Exposition().gauge("ok_name", "x").sample("ok_name", 1, "bad-label", "v"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStrictParserRejectsWhatPrometheusRejects() {
        assertThatThrownBy(() -> ExpositionParser.parse("a{r=\"x\"} 1\nb 1\na{r=\"y\"} 1\n"))
                .hasMessageContaining("not together");
        assertThatThrownBy(() -> ExpositionParser.parse("a{r=\"x\\t\"} 1\n")).hasMessageContaining("bad escape");
        assertThatThrownBy(() -> ExpositionParser.parse("a 1\na 2\n")).hasMessageContaining("series twice");
        assertThatThrownBy(() -> ExpositionParser.parse("a one\n")).hasMessageContaining("bad value");
    }
}
