package org.l2tpdoctor.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding part of a buffer gives what decoding a copy of that part gives, for every kind of text. */
class TextDecoderRangeTest {

    @Test
    void aRangeDecodesAsItsCopyDoes() {
        List<byte[]> texts = List.of(
                "Flags: X - disabled\r\n 0   name=\"l2tp\" \u001B[m\r\n".getBytes(StandardCharsets.US_ASCII),
                "comment=\"Zürich office\"\n".getBytes(StandardCharsets.UTF_8),
                "comment=\"Z\u00fcrich\"\n".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'},
                "\uFEFFname=x\n".getBytes(StandardCharsets.UTF_16LE),
                new byte[] {'a', 0, 'b'},
                new byte[0]);
        for (byte[] text : texts) {
            byte[] framed = new byte[text.length + 6];
            Arrays.fill(framed, (byte) 'x');
            System.arraycopy(text, 0, framed, 3, text.length);
            assertThat(TextDecoder.decode(framed, 3, text.length)).isEqualTo(TextDecoder.decode(text));
        }
        assertThat(TextDecoder.decode("comment=\"Zürich\"".getBytes(StandardCharsets.UTF_8))).isEqualTo("comment=\"Zürich\"");
        assertThat(TextDecoder.decode("a\u00e9".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("a\u00e9");
        assertThat(TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'})).isEqualTo("a");
    }
}
