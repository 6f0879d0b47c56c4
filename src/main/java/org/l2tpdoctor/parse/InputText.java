package org.l2tpdoctor.parse;

import java.util.ArrayList;
import java.util.List;
import org.l2tpdoctor.text.Ansi;

/**
 * Prepares captured text for the grammars: ANSI colour and cursor sequences removed (RouterOS
 * colours its console), every line ending (CRLF, CR, LF) accepted. Other control characters
 * are kept so that the report can show them, escaped.
 */
public final class InputText {
    private InputText() {
    }

    public static List<String> lines(String text) {
        String clean = Ansi.strip(text);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = clean.indexOf('\n'); i >= 0; i = clean.indexOf('\n', start)) {
            lines.add(clean.substring(start, i));
            start = i + 1;
        }
        if (start < clean.length()) {
            lines.add(clean.substring(start));
        }
        return lines;
    }
}
