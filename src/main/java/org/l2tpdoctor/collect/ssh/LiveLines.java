package org.l2tpdoctor.collect.ssh;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.l2tpdoctor.collect.TextDecoder;
import org.l2tpdoctor.text.Ansi;

/** Hands on each complete line of a followed answer as it arrives, for a live view. */
final class LiveLines {
    private final Consumer<String> onLine;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LiveLines(Consumer<String> onLine) {
        this.onLine = onLine;
    }

    void accept(byte[] bytes, int count) {
        for (int i = 0; i < count; i++) {
            if (bytes[i] == '\n') {
                String text = Ansi.strip(TextDecoder.decode(line.toByteArray())).strip();
                line.reset();
                if (!text.isEmpty()) {
                    onLine.accept(text);
                }
            } else {
                line.write(bytes[i]);
            }
        }
    }
}
