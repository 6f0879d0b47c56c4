package org.l2tpdoctor.collect.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Checks a router's host key against known_hosts and remembers what it saw, so a refusal can
 * name the fingerprint. With accept-new it appends a never-seen key, but never replaces a
 * changed one: that is exactly the case strict checking exists for.
 */
final class HostKeyGuard implements HostKeyRepository {

    enum Verdict { NOT_CHECKED, KNOWN, ADDED, UNKNOWN, CHANGED }

    private final HostKeyRepository knownHosts;
    private final Path file;
    private final boolean acceptNew;
    private Verdict verdict = Verdict.NOT_CHECKED;
    private byte[] presentedKey;
    private String presentedHost;

    HostKeyGuard(HostKeyRepository knownHosts, Path file, boolean acceptNew) {
        this.knownHosts = knownHosts;
        this.file = file;
        this.acceptNew = acceptNew;
    }

    @Override
    public synchronized int check(String host, byte[] key) {
        presentedHost = host;
        presentedKey = key.clone();
        int result = knownHosts.check(host, key);
        if (result == OK) {
            verdict = Verdict.KNOWN;
        } else if (result == CHANGED) {
            verdict = Verdict.CHANGED;
        } else if (acceptNew && append(host, key)) {
            verdict = Verdict.ADDED;
            return OK;
        } else {
            verdict = Verdict.UNKNOWN;
        }
        return result;
    }

    synchronized Verdict verdict() {
        return verdict;
    }

    /** "SHA256:..." as OpenSSH prints it, or "" when no key was presented yet. */
    synchronized String fingerprint() {
        return presentedKey == null ? "" : fingerprint(presentedKey);
    }

    synchronized String keyType() {
        try {
            return presentedKey == null ? "" : new HostKey("x", presentedKey).getType();
        } catch (JSchException e) {
            return "unknown key type";
        }
    }

    synchronized String presentedHost() {
        return presentedHost;
    }

    static String fingerprint(byte[] keyBlob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBlob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    // Appends one plain OpenSSH line ourselves: JSch's own add() rewrites the whole file.
    private boolean append(String host, byte[] key) {
        try {
            HostKey hostKey = new HostKey(host, key);
            String line = host + " " + hostKey.getType() + " " + hostKey.getKey() + "\n";
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Files.exists(file) && Files.size(file) > 0 && !endsWithNewline(file)) {
                line = "\n" + line;
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return true;
        } catch (IOException | JSchException e) {
            return false;
        }
    }

    private static boolean endsWithNewline(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return bytes.length == 0 || bytes[bytes.length - 1] == '\n';
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        // Only check() may add keys, and only under accept-new.
    }

    @Override
    public void remove(String host, String type) {
        // Never forget a known key on the router's say-so.
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        // As above.
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return file.toString();
    }

    @Override
    public HostKey[] getHostKey() {
        return knownHosts.getHostKey();
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return knownHosts.getHostKey(host, type);
    }
}
