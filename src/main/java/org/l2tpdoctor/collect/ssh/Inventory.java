package org.l2tpdoctor.collect.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.text.FileErrors;

/**
 * A routers file for fleets: one router a line, {@code [user@]host[:port]} or
 * {@code host [user] [port]}; blank lines and {@code #} comments are ignored.
 */
public final class Inventory {
    private Inventory() {
    }

    /** The routers of the inventory; a line that names none is skipped (for completion). */
    public static List<RouterAddress> read(Path file) throws InputError {
        return read(file, new ArrayList<>());
    }

    /**
     * The routers of the inventory. A line that names no router becomes a problem, "file:line:
     * why", and the other lines are still used; only an unreadable file, or one with no router at
     * all, is an error.
     */
    public static List<RouterAddress> read(Path file, List<String> problems) throws InputError {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InputError(file + ": cannot read the inventory: " + FileErrors.reason(e));
        }
        List<RouterAddress> routers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("\\s+");
            try {
                if (words.length > 3) {
                    throw new IllegalArgumentException("expected 'host [user] [port]', found " + words.length + " words");
                }
                RouterAddress address = RouterAddress.parse(words[0]);
                String user = words.length > 1 ? RouterAddress.user(words[1]) : address.user();
                int port = words.length > 2 ? RouterAddress.port(words[2]) : address.port();
                routers.add(new RouterAddress(user, address.host(), port));
            } catch (IllegalArgumentException e) {
                problems.add(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        if (routers.isEmpty()) {
            throw new InputError(problems.isEmpty() ? file + ": no routers in the inventory"
                    : String.join("\n", problems) + "\n" + file + ": no router left to check");
        }
        return routers;
    }
}
