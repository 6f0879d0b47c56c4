package org.l2tpdoctor.options;

import java.io.Console;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.l2tpdoctor.collect.InputError;
import org.l2tpdoctor.collect.ssh.AskedOnce;
import org.l2tpdoctor.collect.ssh.Inventory;
import org.l2tpdoctor.collect.ssh.RouterAddress;
import org.l2tpdoctor.collect.ssh.SshTarget;
import org.l2tpdoctor.engine.Io;
import picocli.CommandLine.Option;

/** How to reach routers over SSH: shared by check and collect. Never a password on the command line. */
public final class ConnectionOptions {
    @Option(names = "--host", paramLabel = "[USER@]HOST[:PORT]",
            description = "Router to check over SSH (read-only). Repeat for several routers.")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--inventory", paramLabel = "FILE",
            description = "File with one router a line: [user@]host[:port] or 'host [user] [port]'; # comments.")
    Path inventory;

    @Option(names = {"-l", "--user"}, paramLabel = "USER",
            description = "Login name (default: from ~/.ssh/config, else your local user name).")
    String user;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "SSH port (default: from ~/.ssh/config, else 22).")
    int port;

    @Option(names = {"-i", "--identity"}, paramLabel = "KEYFILE",
            description = "Private key to log in with, repeatable. Default: ssh-agent and ~/.ssh/id_ed25519, id_ecdsa, id_rsa.")
    List<Path> identities = new ArrayList<>();

    @Option(names = "--accept-new-host-key",
            description = "Trust a router whose host key is not known yet, and add the key to ~/.ssh/known_hosts. A CHANGED key is always refused.")
    boolean acceptNewHostKey;

    @Option(names = "--legacy-algorithms",
            description = "Also offer ssh-rsa host keys and SHA-1 key exchange, which old RouterOS v6 needs.")
    boolean legacyAlgorithms;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "10s",
            converter = DurationConverter.class, description = "Time to connect and log in (default: ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    @Option(names = "--command-timeout", paramLabel = "DURATION", defaultValue = "30s",
            converter = DurationConverter.class, description = "Time for each command's whole answer (default: ${DEFAULT-VALUE}).")
    Duration commandTimeout;

    @Option(names = "--known-hosts", paramLabel = "FILE", description = "The known_hosts file (default: ~/.ssh/known_hosts).")
    Path knownHosts;

    @Option(names = "--ssh-config", paramLabel = "FILE", description = "OpenSSH client config (default: ~/.ssh/config).")
    Path sshConfig;

    @Option(names = "--no-agent", description = "Do not offer the keys of a running ssh-agent.")
    boolean noAgent;

    @Option(names = "--channels", paramLabel = "N", defaultValue = "1",
            description = "Commands run at once on each router's SSH session (default: ${DEFAULT-VALUE}, one after "
                    + "another, the gentlest on a busy router; 4 makes a reading several times faster over a slow link).")
    public int channels;

    /** The inventory's lines that name no router, "file:line: why", as {@link #routers} last read them. */
    public final List<String> inventoryProblems = new ArrayList<>();

    /** The routers named by --host and --inventory, in order. */
    public List<RouterAddress> routers() throws InputError {
        List<RouterAddress> routers = new ArrayList<>();
        inventoryProblems.clear();
        for (String host : hosts) {
            try {
                routers.add(RouterAddress.parse(host));
            } catch (IllegalArgumentException e) {
                throw new InputError("--host " + e.getMessage());
            }
        }
        if (inventory != null) {
            routers.addAll(Inventory.read(inventory, inventoryProblems));
        }
        return routers;
    }

    public SshTarget target(RouterAddress router, Io io, Supplier<String> password) {
        SshTarget t = SshTarget.defaults(router.host(), org.l2tpdoctor.collect.Home.of(io.env()))
                .withUser(router.user() != null ? router.user() : user)
                .withPort(router.port() > 0 ? router.port() : port)
                .withPassword(password)
                .withAcceptNewHostKey(acceptNewHostKey)
                .withLegacyAlgorithms(legacyAlgorithms)
                .withTimeouts(connectTimeout, commandTimeout)
                .withAgent(!noAgent);
        if (!identities.isEmpty()) {
            t = t.withIdentityFiles(identities);
        }
        if (knownHosts != null) {
            t = t.withKnownHosts(knownHosts);
        }
        if (sshConfig != null) {
            t = t.withSshConfig(sshConfig);
        }
        return t;
    }

    /**
     * The password: L2TPDOCTOR_PASSWORD, else asked on the terminal once (only when the router
     * wants one), else none. One answer serves a whole fleet run.
     */
    public static Supplier<String> password(Io io) {
        return AskedOnce.of(() -> {
            String password = io.env().get("L2TPDOCTOR_PASSWORD");
            Console console = System.console();
            if (password == null && console != null) {
                char[] typed = console.readPassword("SSH password (not echoed): ");
                password = typed == null ? null : new String(typed);
            }
            return password;
        });
    }
}
