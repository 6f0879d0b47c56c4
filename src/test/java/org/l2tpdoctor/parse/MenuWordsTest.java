package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** MenuNames splits commands into words by hand: held equal to the trim and {@code \s+} split it replaced. */
class MenuWordsTest {
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final String ALPHABET = "ip/ sec\t\n\u000b\f\r\u0001\u00a0\u2003=[..]Pa";

    private static List<String> byPattern(String text) {
        return Arrays.stream(BLANKS.split(text.replace('/', ' ').trim())).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void aCommandSplitsIntoTheWordsThePatternGave() {
        List<String> inputs = new ArrayList<>(List.of("", " ", "/", "//", "/ip ipsec policy print detail",
                "ip/ipsec/policy", " /ip/ipsec/policy ", "\u0001print\u0001", "a\u0001 b", "/ip  ipsec\t\tpeer\r\n",
                "\u00a0ip\u00a0ipsec", "print where name=\"a b\"", "../..", "\u000bip\u000b"));
        Random random = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            inputs.add(s.toString());
        }
        for (String text : inputs) {
            assertThat(MenuNames.words(text)).as("'%s'", text).isEqualTo(byPattern(text));
        }
    }
}
