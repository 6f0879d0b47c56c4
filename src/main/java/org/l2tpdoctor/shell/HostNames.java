package org.l2tpdoctor.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.ssh.Inventory;
import org.l2tpdoctor.collect.ssh.RouterAddress;

/**
 * Routers the user has named before, for completing {@code connect}: ~/.ssh/known_hosts (hashed
 * entries cannot be read back and are skipped), Host aliases in ~/.ssh/config, and the inventory.
 */
final class HostNames {
    private final Path knownHosts;
    private final Path sshConfig;
    private final Path inventory;

    HostNames(Path sshFolder, Path inventory) {
        this.knownHosts = sshFolder == null ? null : sshFolder.resolve("known_hosts");
        this.sshConfig = sshFolder == null ? null : sshFolder.resolve("config");
        this.inventory = inventory;
    }

    /** Host (as connect takes it) → where it was found; read afresh each time, the files are small. */
    Map<String, String> all() {
        Map<String, String> hosts = new LinkedHashMap<>();
        inventoryEntries().forEach(r -> hosts.putIfAbsent(r.label(), "inventory"
                + (r.user() != null ? ", user " + r.user() : "")));
        configAliases().forEach(h -> hosts.putIfAbsent(h, "~/.ssh/config"));
        knownHostNames().forEach(h -> hosts.putIfAbsent(h, "known_hosts"));
        return hosts;
    }

    /** The inventory's entry for a host as typed, so "connect r1" uses its user and port. */
    RouterAddress inInventory(String host) {
        return inventoryEntries().stream()
                .filter(r -> r.label().equalsIgnoreCase(host) || r.host().equalsIgnoreCase(host))
                .findFirst().orElse(null);
    }

    private List<RouterAddress> inventoryEntries() {
        if (inventory == null || !Files.isRegularFile(inventory)) {
            return List.of();
        }
        try {
            return Inventory.read(inventory);
        } catch (InputError e) {
            return List.of();
        }
    }

    private List<String> configAliases() {
        List<String> hosts = new ArrayList<>();
        for (String line : lines(sshConfig)) {
            String[] words = line.strip().split("\\s+");
            if (words.length > 1 && words[0].equalsIgnoreCase("host")) {
                for (int i = 1; i < words.length; i++) {
                    if (!words[i].matches(".*[*?!].*")) {
                        hosts.add(words[i]);
                    }
                }
            }
        }
        return hosts;
    }

    private List<String> knownHostNames() {
        List<String> hosts = new ArrayList<>();
        for (String line : lines(knownHosts)) {
            String first = line.strip().split("\\s+")[0];
            if (first.isEmpty() || first.startsWith("#") || first.startsWith("|") || first.startsWith("@")) {
                continue;
            }
            for (String name : first.split(",")) {
                if (name.matches(".*[*?!].*")) {
                    continue;
                }
                // "[host]:2222" is how known_hosts writes a port other than 22; IPv6 keeps its brackets
                hosts.add(name.replaceAll("^\\[([^:\\]]+)]:(\\d+)$", "$1:$2"));
            }
        }
        return hosts;
    }

    private static List<String> lines(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file);
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }
}
