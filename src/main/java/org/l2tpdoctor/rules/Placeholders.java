package org.l2tpdoctor.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.l2tpdoctor.model.Row;

/**
 * Fills {@code {property}} in a fix from the evidence (the first row that has it), so a fix can
 * name the real rule number or peer. An unknown placeholder is left for the admin to fill in.
 */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9.-]+)}");

    private Placeholders() {
    }

    static String fill(String text, List<Row> evidence) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = null;
            for (Row r : evidence) {
                value = key.equals("id") ? r.id() : r.get(key);
                if (value != null) {
                    break;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : "<" + key + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
