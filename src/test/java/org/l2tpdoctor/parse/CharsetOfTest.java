package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big file's charset, told from its first megabyte, is what decoding that megabyte told before
 * an ASCII head was recognised without the decoder: ASCII files of every size, a byte above 127
 * (valid UTF-8, a stray Latin-1 byte, a character cut at the megabyte's end, a byte-order mark)
 * at the first byte, either side of the 64 KiB reads, at the megabyte's last byte and past it.
 */
class CharsetOfTest {
    private static final int MEGABYTE = 1 << 20;

    @TempDir
    Path folder;

    @Test
    void theCharsetIsWhatDecodingTheFirstMegabyteTold() throws IOException {
        byte[][] marks = {
            "\u00e9".getBytes(StandardCharsets.UTF_8), // valid UTF-8
            {(byte) 0xE9}, // Latin-1
            {(byte) 0xE2, (byte) 0x82}, // a character cut short
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, // a byte-order mark
            {(byte) 0x80},
        };
        int[] sizes = {0, 1, 31, 32, 33, 65_535, 65_536, 65_537, MEGABYTE - 1, MEGABYTE, MEGABYTE + 100};
        int checked = 0;
        for (int size : sizes) {
            byte[] ascii = new byte[size];
            Arrays.fill(ascii, (byte) 'a');
            checked += check(ascii);
            int[] places = {0, 31, 32, 65_535, 65_536, 65_537, MEGABYTE - 3, MEGABYTE - 2, MEGABYTE - 1, MEGABYTE, size - 1};
            for (int place : places) {
                for (byte[] mark : marks) {
                    if (place >= 0 && place + mark.length <= size) {
                        byte[] b = ascii.clone();
                        System.arraycopy(mark, 0, b, place, mark.length);
                        checked += check(b);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    private int check(byte[] content) throws IOException {
        Path file = folder.resolve("log");
        Files.write(file, content);
        assertThat(BulkLogScanner.charsetOf(file)).as("%d bytes", content.length).isEqualTo(decoded(file));
        return 1;
    }

    /** BulkLogScanner.charsetOf before it recognised an ASCII head (6 December 2026, f5e312f). */
    private static Charset decoded(Path file) throws IOException {
        byte[] head = new byte[MEGABYTE];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        while (n > 0 && n > head.length - 4 && (head[n - 1] & 0xC0) == 0x80) {
            n--;
        }
        if (n > 0 && (head[n - 1] & 0xC0) == 0xC0) {
            n--;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(head, 0, n));
            return StandardCharsets.UTF_8;
        } catch (java.nio.charset.CharacterCodingException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}
