package org.l2tpdoctor.collect;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns pasted bytes into text: UTF-16 when a byte-order mark says so (Windows PowerShell's
 * {@code >} writes it), UTF-8 when the bytes are valid UTF-8 (BOM dropped), otherwise Latin-1,
 * which never fails — old RouterOS and Windows consoles still produce it.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** The same for {@code length} bytes of {@code bytes} from {@code offset}. */
    public static String decode(byte[] bytes, int offset, int length) {
        if (ascii(bytes, offset, length)) {
            // the common case (every print of every router of a fleet): the same text as either
            // decoding below gives, made in one copy
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (offset != 0 || length != bytes.length) {
            return decode(java.util.Arrays.copyOfRange(bytes, offset, offset + length));
        }
        if (utf16(bytes)) {
            return new String(bytes, StandardCharsets.UTF_16); // reads and drops the BOM
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
    }

    /** No byte above 0x7F: neither a byte-order mark nor anything UTF-8 and Latin-1 would read differently. */
    private static boolean ascii(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the start of a file is binary rather than text: a NUL byte outside UTF-16. */
    public static boolean looksBinary(byte[] head) {
        if (utf16(head)) {
            return false;
        }
        for (int i = 0; i < Math.min(head.length, 8192); i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean utf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF);
    }
}
