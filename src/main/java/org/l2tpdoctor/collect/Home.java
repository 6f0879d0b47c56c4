package org.l2tpdoctor.collect;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's home folder as OpenSSH finds it: {@code $HOME} when set, else Java's
 * {@code user.home} (from the password file). Someone who points HOME elsewhere, as sudo -H,
 * containers and test runs do, expects ~/.ssh and the history to follow it.
 */
public final class Home {
    private Home() {
    }

    public static Path of(Map<String, String> env) {
        String home = env.get("HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"));
    }

    /** This process's home. */
    public static Path current() {
        return of(System.getenv());
    }
}
