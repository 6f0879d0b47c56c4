package org.l2tpdoctor.collect.ssh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One router to collect from and how to reach it.
 *
 * @param host             the name the user gave (also a {@code Host} alias in ~/.ssh/config)
 * @param port             TCP port, 0 for "from ~/.ssh/config, else 22"
 * @param user             login name, null for "from ~/.ssh/config, else the local user name"
 * @param identityFiles    private key files to offer, in order (missing files are skipped)
 * @param password         asked at most once, and only if the router wants a password; may
 *                         return null for "no password"
 * @param acceptNewHostKey trust and remember a host key never seen before (never a changed one)
 * @param legacyAlgorithms also offer ssh-rsa host keys and SHA-1 key exchange (RouterOS v6)
 * @param connectTimeout   for TCP connect plus SSH handshake and login
 * @param commandTimeout   total time allowed for one command's whole answer
 * @param knownHosts       the known_hosts file to check, and to append to with accept-new
 * @param sshConfig        an OpenSSH client config to honour, or null for none
 * @param useAgent         offer the keys of a running ssh-agent (SSH_AUTH_SOCK) as well
 */
public record SshTarget(String host, int port, String user, List<Path> identityFiles,
                        Supplier<String> password, boolean acceptNewHostKey,
                        boolean legacyAlgorithms, Duration connectTimeout, Duration commandTimeout,
                        Path knownHosts, Path sshConfig, boolean useAgent) {

    public SshTarget {
        Objects.requireNonNull(host, "host");
        identityFiles = List.copyOf(identityFiles);
        password = password == null ? () -> null : password;
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        Objects.requireNonNull(knownHosts, "knownHosts");
    }

    /**
     * A target with the same defaults as OpenSSH: ~/.ssh/known_hosts, ~/.ssh/config, the usual
     * key files and the agent; 10 s to connect, 30 s per command, no password.
     */
    public static SshTarget defaults(String host) {
        return defaults(host, org.l2tpdoctor.collect.Home.current());
    }

    /** As {@link #defaults(String)}, with ~ being {@code home}. */
    public static SshTarget defaults(String host, Path home) {
        Path ssh = home.resolve(".ssh");
        Path config = ssh.resolve("config");
        List<Path> keys = List.of(ssh.resolve("id_ed25519"), ssh.resolve("id_ecdsa"),
                ssh.resolve("id_rsa"));
        return new SshTarget(host, 0, null, keys, () -> null, false, false,
                Duration.ofSeconds(10), Duration.ofSeconds(30), ssh.resolve("known_hosts"),
                Files.isRegularFile(config) ? config : null, true);
    }

    public SshTarget withPort(int newPort) {
        return new SshTarget(host, newPort, user, identityFiles, password, acceptNewHostKey,
                legacyAlgorithms, connectTimeout, commandTimeout, knownHosts, sshConfig, useAgent);
    }

    public SshTarget withUser(String newUser) {
        return new SshTarget(host, port, newUser, identityFiles, password, acceptNewHostKey,
                legacyAlgorithms, connectTimeout, commandTimeout, knownHosts, sshConfig, useAgent);
    }

    public SshTarget withIdentityFiles(List<Path> files) {
        return new SshTarget(host, port, user, files, password, acceptNewHostKey,
                legacyAlgorithms, connectTimeout, commandTimeout, knownHosts, sshConfig, useAgent);
    }

    public SshTarget withPassword(Supplier<String> newPassword) {
        return new SshTarget(host, port, user, identityFiles, newPassword, acceptNewHostKey,
                legacyAlgorithms, connectTimeout, commandTimeout, knownHosts, sshConfig, useAgent);
    }

    public SshTarget withAcceptNewHostKey(boolean accept) {
        return new SshTarget(host, port, user, identityFiles, password, accept,
                legacyAlgorithms, connectTimeout, commandTimeout, knownHosts, sshConfig, useAgent);
    }

    public SshTarget withLegacyAlgorithms(boolean legacy) {
        return new SshTarget(host, port, user, identityFiles, password, acceptNewHostKey,
                legacy, connectTimeout, commandTimeout, knownHosts, sshConfig, useAgent);
    }

    public SshTarget withTimeouts(Duration connect, Duration command) {
        return new SshTarget(host, port, user, identityFiles, password, acceptNewHostKey,
                legacyAlgorithms, connect, command, knownHosts, sshConfig, useAgent);
    }

    public SshTarget withKnownHosts(Path file) {
        return new SshTarget(host, port, user, identityFiles, password, acceptNewHostKey,
                legacyAlgorithms, connectTimeout, commandTimeout, file, sshConfig, useAgent);
    }

    public SshTarget withSshConfig(Path file) {
        return new SshTarget(host, port, user, identityFiles, password, acceptNewHostKey,
                legacyAlgorithms, connectTimeout, commandTimeout, knownHosts, file, useAgent);
    }

    public SshTarget withAgent(boolean agent) {
        return new SshTarget(host, port, user, identityFiles, password, acceptNewHostKey,
                legacyAlgorithms, connectTimeout, commandTimeout, knownHosts, sshConfig, agent);
    }

    /** Never prints the password, so a target can be logged safely. */
    @Override
    public String toString() {
        return "SshTarget[" + (user == null ? "" : user + "@") + host + (port > 0 ? ":" + port : "")
                + "]";
    }
}
