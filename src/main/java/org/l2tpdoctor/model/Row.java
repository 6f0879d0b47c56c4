package org.l2tpdoctor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.text.Secrets;

/**
 * One item of a RouterOS menu as printed or exported: its menu, item number (if shown), flags by name
 * ("dynamic", "disabled", "template"...), properties in print order, its `;;;` comment.
 * Secrets are masked as a row is made ({@link Secrets#stored}), so no row, and no row derived
 * from one, ever holds a secret.
 */
public record Row(String menu, String id, Set<String> flags, Map<String, String> properties, String comment,
                  Origin origin) {

    public Row {
        // insertion order, not Set.copyOf: its iteration order changes from one JVM run to the next
        flags = Collections.unmodifiableSet(new LinkedHashSet<>(flags));
        Map<String, String> masked = new LinkedHashMap<>(properties);
        masked.replaceAll(Secrets::stored);
        properties = Collections.unmodifiableMap(masked);
        comment = Secrets.text(comment);
    }

    public String get(String property) {
        return properties.get(property);
    }

    public boolean has(String property) {
        return properties.containsKey(property);
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    /**
     * Whether the item is in a state such as disabled, dynamic or template: a print shows it as a
     * flag, an export as {@code disabled=yes}.
     */
    public boolean is(String state) {
        return flags.contains(state) || "yes".equals(properties.get(state));
    }
}
