package org.l2tpdoctor.shell;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Builds the shell's picocli commands with their {@link Context}; anything else the usual way. */
final class ShellFactory implements CommandLine.IFactory {
    private final Context context;

    ShellFactory(Context context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> constructor = type.getDeclaredConstructor(Context.class);
            return constructor.newInstance(context);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
