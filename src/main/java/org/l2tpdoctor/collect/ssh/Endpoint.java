package org.l2tpdoctor.collect.ssh;

import com.jcraft.jsch.ConfigRepository;
import com.jcraft.jsch.OpenSSHConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where and as whom to connect, after ~/.ssh/config has filled what the user left open.
 * Explicit values win over the config file, as with OpenSSH's command-line options.
 */
record Endpoint(String address, int port, String user, List<Path> identityFiles) {
    private static final ParsedFiles<OpenSSHConfig> CONFIGS =
            new ParsedFiles<>(content -> OpenSSHConfig.parse(new String(content, StandardCharsets.UTF_8)));

    static Endpoint resolve(SshTarget target) throws CollectError {
        ConfigRepository.Config config = ConfigRepository.defaultConfig;
        if (target.sshConfig() != null && Files.isRegularFile(target.sshConfig())) {
            try {
                config = CONFIGS.get(target.sshConfig()).getConfig(target.host());
            } catch (Exception e) {
                throw new CollectError(target.host() + ": connect: cannot read "
                        + target.sshConfig() + ": " + e.getMessage(), e);
            }
        }
        String address = config.getHostname() != null ? config.getHostname() : target.host();
        int port = target.port() > 0 ? target.port() : config.getPort() > 0 ? config.getPort() : 22;
        String user = target.user() != null ? target.user()
                : config.getUser() != null ? config.getUser() : System.getProperty("user.name");
        Set<Path> keys = new LinkedHashSet<>();
        String[] configured = config.getValues("IdentityFile");
        if (configured != null) {
            for (String file : configured) {
                keys.add(expandHome(file));
            }
        }
        keys.addAll(target.identityFiles());
        List<Path> present = new ArrayList<>();
        for (Path key : keys) {
            if (Files.isRegularFile(key)) {
                present.add(key);
            }
        }
        return new Endpoint(address, port, user, List.copyOf(present));
    }

    private static Path expandHome(String file) {
        String home = org.l2tpdoctor.collect.Home.current().toString();
        return Path.of(file.startsWith("~/") ? home + file.substring(1) : file);
    }
}
