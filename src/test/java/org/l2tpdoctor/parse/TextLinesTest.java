package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.l2tpdoctor.collect.Capture;

/**
 * A paste's lines are held once, compactly (issue 17: 2 million lines of {@code a} took 366 MB
 * because every line was a String of its own, held by every section cut from it), and read as the
 * plain splitting at line feeds read them.
 */
class TextLinesTest {

    /** The splitting InputText did before the lines were stored compactly, as the reference. */
    private static List<String> plainSplit(String clean, int max) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = clean.indexOf('\n'); ; i = clean.indexOf('\n', start)) {
            int end = i < 0 ? clean.length() : i;
            if (i < 0 && start >= clean.length()) {
                break;
            }
            lines.add(clean.substring(start, end - start > max ? start + max : end));
            if (i < 0) {
                break;
            }
            start = i + 1;
        }
        return lines;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a\n", "\n", "\n\n", "a\nb", "a\nb\n", "a\n\nb\n\n", " x \n\ty\n", "abcdefgh\nabc\nabcd"})
    void linesAreTheLinesBetweenLineFeeds(String text) {
        assertThat(TextLines.of(text, Integer.MAX_VALUE)).containsExactlyElementsOf(plainSplit(text, Integer.MAX_VALUE));
        assertThat(TextLines.of(text, 3)).containsExactlyElementsOf(plainSplit(text, 3));
    }

    @Test
    void lengthsAreKnownWithoutMakingTheLine() {
        TextLines lines = TextLines.of("abcdefgh\nab\n", 4);
        assertThat(lines.length(0)).isEqualTo(4);
        assertThat(lines.fullLength(0)).isEqualTo(8);
        assertThat(lines.get(0)).isEqualTo("abcd");
        assertThat(lines.length(1)).isEqualTo(2);
        assertThat(lines.fullLength(1)).isEqualTo(2);
    }

    @Test
    void aSliceIsTheSameLinesAndSlicesAgain() {
        TextLines lines = TextLines.of("0\n1\n2\n3\n4\n5", Integer.MAX_VALUE);
        TextLines slice = lines.subList(1, 5);
        assertThat(slice).containsExactly("1", "2", "3", "4");
        assertThat(slice.subList(1, 3)).containsExactly("2", "3");
        assertThat(slice.subList(2, 2)).isEmpty();
        assertThat(slice).isEqualTo(List.of("1", "2", "3", "4"));
        assertThatThrownBy(() -> slice.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> slice.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> slice.subList(0, 5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(TextLines.copyOf(slice)).isSameAs(slice);
    }

    @Test
    void readLinesAreCutAtTheCapAndTheCutsNamed() {
        String longLine = "x".repeat(InputText.MAX_LINE + 5);
        InputText.Lines read = InputText.read("a\r\n" + longLine + "\nb");
        assertThat(read.lines()).containsExactly("a", "x".repeat(InputText.MAX_LINE), "b");
        assertThat(read.cut()).hasSize(1);
        assertThat(read.cut().get(0)).containsExactly(1, InputText.MAX_LINE + 5);
        assertThat(InputText.lines("a\n" + longLine).get(1)).hasSize(InputText.MAX_LINE + 5);
    }

    /**
     * The defect: every section cut from a paste held a copy of its lines, a String each
     * (List.copyOf of the split lines). Now each section is a slice of the paste's one store.
     */
    @Test
    void sectionsHoldSlicesOfThePastesLinesNotAStringPerLine() {
        StringBuilder paste = new StringBuilder("[admin@R1] > /ip ipsec policy print\n");
        paste.append(" 0  A  src-address=10.0.0.1/32 level=unique\n");
        paste.append("[admin@R1] > /log print\n");
        paste.append("a\n".repeat(1000));
        List<Section> sections = new SectionSplitter().split(new Capture("paste", null, paste.toString()));
        assertThat(sections).hasSize(2);
        for (Section section : sections) {
            assertThat(section.lines()).isInstanceOf(TextLines.class);
        }
        assertThat(sections.get(1).lines()).hasSize(1000).allMatch("a"::equals);
    }
}
