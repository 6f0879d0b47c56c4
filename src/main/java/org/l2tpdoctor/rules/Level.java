package org.l2tpdoctor.rules;

import java.util.Locale;

/** How bad a finding is; {@code --fail-on} compares against it. */
public enum Level {
    INFO, WARNING, ERROR;

    public static Level parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
