package org.l2tpdoctor.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * RouterOS prints a comment it cannot show on the console as hex bytes ({@code ;;; C3EEF0E5EBEEE2E0}
 * is "Горелова" in Windows-1251). Decodes such a comment when the bytes read as UTF-8, or as
 * Windows-1251 text with mostly letters; anything else stays as printed.
 */
final class HexComment {
    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("[0-9A-F]+");
    private static final Charset CP1251 = Charset.forName("windows-1251");

    private HexComment() {
    }

    static Optional<String> decode(String comment) {
        if (comment.length() < 4 || comment.length() % 2 != 0 || !HEX.matcher(comment).matches()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[comment.length() / 2];
        int high = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = Integer.parseInt(comment.substring(2 * i, 2 * i + 2), 16);
            if (b < 0x20 || b == 0x7f) {
                return Optional.empty();
            }
            high += b >= 0x80 ? 1 : 0;
            bytes[i] = (byte) b;
        }
        if (high * 2 < bytes.length) {
            return Optional.empty(); // mostly ASCII: a hex-looking word such as an ID, not encoded text
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            String text = new String(bytes, CP1251);
            boolean words = text.chars().allMatch(c -> Character.isLetterOrDigit(c) || " .,-_()".indexOf(c) >= 0);
            return words ? Optional.of(text) : Optional.empty();
        }
    }
}
