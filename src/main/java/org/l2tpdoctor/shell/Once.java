package org.l2tpdoctor.shell;

import java.util.function.Supplier;

/** Asks its source once and remembers the answer: one password prompt per connection, not per reading. */
final class Once implements Supplier<String> {
    private final Supplier<String> source;
    private boolean asked;
    private String value;

    Once(Supplier<String> source) {
        this.source = source;
    }

    @Override
    public synchronized String get() {
        if (!asked) {
            value = source.get();
            asked = true;
        }
        return value;
    }
}
