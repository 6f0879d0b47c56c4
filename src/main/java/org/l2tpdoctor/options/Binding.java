package org.l2tpdoctor.options;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Ties an option built in code to a field of its command object. picocli's getter and setter
 * have generic methods, which a lambda cannot implement: this holds two lambdas instead.
 */
public final class Binding implements IGetter, ISetter {
    private final Supplier<?> getter;
    private final Consumer<Object> setter;

    private Binding(Supplier<?> getter, Consumer<Object> setter) {
        this.getter = getter;
        this.setter = setter;
    }

    /** The option, reading and writing its field through {@code getter} and {@code setter}. */
    public static OptionSpec.Builder bind(OptionSpec.Builder option, Supplier<?> getter, Consumer<Object> setter) {
        Binding binding = new Binding(getter, setter);
        return option.getter(binding).setter(binding);
    }

    /** The positional parameter, reading and writing its field through {@code getter} and {@code setter}. */
    public static PositionalParamSpec.Builder bind(PositionalParamSpec.Builder parameter, Supplier<?> getter,
                                            Consumer<Object> setter) {
        Binding binding = new Binding(getter, setter);
        return parameter.getter(binding).setter(binding);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
        return (T) getter.get();
    }

    @Override
    public <T> T set(T value) {
        T old = get();
        setter.accept(value);
        return old;
    }
}
