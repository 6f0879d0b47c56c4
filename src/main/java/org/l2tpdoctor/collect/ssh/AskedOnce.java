package org.l2tpdoctor.collect.ssh;

import java.util.function.Supplier;

/**
 * A value asked for at most once, however many threads and logins want it: a password typed at
 * the terminal must not be asked again for a login retry or for the next router of a fleet.
 */
public final class AskedOnce<T> implements Supplier<T> {
    private final Supplier<T> source;
    private boolean asked;
    private T value;

    private AskedOnce(Supplier<T> source) {
        this.source = source;
    }

    /** The source itself when it already asks once, else a wrapper that does. */
    public static <T> Supplier<T> of(Supplier<T> source) {
        return source instanceof AskedOnce<T> once ? once : new AskedOnce<>(source);
    }

    @Override
    public synchronized T get() {
        if (!asked) {
            asked = true;
            value = source.get();
        }
        return value;
    }
}
