package org.l2tpdoctor.collect.ssh;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.UnixDomainSocketFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Vector;
import java.util.function.Supplier;

/**
 * Opens one authenticated JSch session to a router: host key policy, algorithm set, keys,
 * password, and the RouterOS login-name suffix with its plain-name fallback. Every failure
 * becomes a {@link CollectError} whose message is one line naming the host and the step.
 */
final class SessionOpener {
    /** RouterOS: no colours (c), no terminal detection (t), 511 columns, 4098 rows. */
    static final String LOGIN_SUFFIX = "+ct511w4098h";

    // v6 RouterOS offers only these; the mwiede fork no longer proposes them by default.
    private static final String LEGACY_HOST_KEYS = "ssh-rsa";
    private static final String LEGACY_KEX = "diffie-hellman-group14-sha1,diffie-hellman-group1-sha1";

    private final SshTarget target;
    private final Supplier<String> password;
    /** Key files and agent keys, read on the first attempt; the retry without the suffix reuses them. */
    private IdentityRepository keys;

    SessionOpener(SshTarget target, Supplier<String> password) {
        this.target = target;
        this.password = password;
    }

    Session open() throws CollectError {
        Endpoint endpoint = Endpoint.resolve(target);
        String user = endpoint.user();
        if (user.contains("+")) {
            try {
                return attempt(endpoint, user, user);
            } catch (AuthRefused refused) {
                throw refused.error;
            }
        }
        try {
            return attempt(endpoint, user + LOGIN_SUFFIX, user);
        } catch (AuthRefused first) {
            // Not every SSH server behind a RouterOS-like name knows the suffix; retry plainly.
            try {
                return attempt(endpoint, user, user);
            } catch (AuthRefused second) {
                throw second.error;
            }
        }
    }

    private Session attempt(Endpoint endpoint, String login, String shownUser)
            throws CollectError, AuthRefused {
        JSch jsch = ParsedKnownHosts.jschFor(target.knownHosts(), target.host());
        HostKeyGuard guard = new HostKeyGuard(jsch.getHostKeyRepository(), target.knownHosts(),
                target.acceptNewHostKey());
        LoginPrompt prompt = new LoginPrompt(password);
        Session session;
        try {
            if (keys == null) {
                keys = identities(endpoint.identityFiles());
            }
            session = jsch.getSession(login, endpoint.address(), endpoint.port());
            session.setIdentityRepository(keys);
            session.setHostKeyRepository(guard);
            session.setUserInfo(prompt);
            session.setDaemonThread(true);
            session.setSocketFactory(new BufferedSockets(millis(target)));
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", "publickey,password");
            if (target.legacyAlgorithms()) {
                session.setConfig("server_host_key",
                        JSch.getConfig("server_host_key") + "," + LEGACY_HOST_KEYS);
                session.setConfig("kex", JSch.getConfig("kex") + "," + LEGACY_KEX);
                session.setConfig("PubkeyAcceptedAlgorithms",
                        JSch.getConfig("PubkeyAcceptedAlgorithms") + ",ssh-rsa");
            }
            KexAvailability.apply(session, session.getConfig("kex"));
        } catch (JSchException e) {
            throw new CollectError(target.host() + ": connect: " + e.getMessage(), e);
        }
        Session connecting = session;
        try {
            return Handshakes.inTurn(target.host(), () -> {
                connecting.connect(millis(target));
                return connecting;
            });
        } catch (JSchException e) {
            FailureWording wording = new FailureWording(target, endpoint, shownUser);
            if (wording.isLoginRefusal(guard, e)) {
                throw new AuthRefused(wording.auth(prompt, e));
            }
            throw wording.connect(guard, e);
        }
    }

    private static int millis(SshTarget target) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, target.connectTimeout().toMillis()));
    }


    /** Key files first, then the agent's keys; JSch holds a single repository per session. */
    private IdentityRepository identities(List<Path> files) {
        JSch loader = new JSch();
        for (Path file : files) {
            try {
                loader.addIdentity(file.toString());
            } catch (JSchException e) {
                // An unreadable or unsupported key is skipped, as OpenSSH does.
            }
        }
        Vector<Identity> all = new Vector<>(loader.getIdentityRepository().getIdentities());
        if (target.useAgent() && System.getenv("SSH_AUTH_SOCK") != null) {
            try {
                all.addAll(new AgentIdentityRepository(
                        new SSHAgentConnector(new UnixDomainSocketFactory())).getIdentities());
            } catch (Exception | LinkageError e) {
                // No usable agent: the files and the password remain.
            }
        }
        return new FixedIdentities(all);
    }

    /** A login the router refused, which is worth one retry without the login suffix. */
    private static final class AuthRefused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient CollectError error;

        AuthRefused(CollectError error) {
            super(error.getMessage(), null, false, false);
            this.error = error;
        }
    }
}
