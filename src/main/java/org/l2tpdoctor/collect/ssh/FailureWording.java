package org.l2tpdoctor.collect.ssh;

import com.jcraft.jsch.JSchAlgoNegoFailException;
import com.jcraft.jsch.JSchException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a failed SSH connect or login into one line for the user: host, step, cause, remedy. */
final class FailureWording {
    private static final Pattern METHODS = Pattern.compile("for methods '([^']*)'");
    private static final List<String> LEGACY_NAMES = List.of("ssh-rsa", "ssh-dss",
            "diffie-hellman-group14-sha1", "diffie-hellman-group1-sha1",
            "diffie-hellman-group-exchange-sha1");

    private final SshTarget target;
    private final Endpoint endpoint;
    private final String user;

    FailureWording(SshTarget target, Endpoint endpoint, String user) {
        this.target = target;
        this.endpoint = endpoint;
        this.user = user;
    }

    /** A login the router refused, as opposed to a network, host key or algorithm failure. */
    boolean isLoginRefusal(HostKeyGuard guard, JSchException e) {
        String message = String.valueOf(e.getMessage());
        boolean hostKeyOk = guard.verdict() == HostKeyGuard.Verdict.KNOWN
                || guard.verdict() == HostKeyGuard.Verdict.ADDED;
        return hostKeyOk && (message.startsWith("Auth fail") || message.startsWith("Auth cancel")
                || message.contains("Too many authentication failures"));
    }

    CollectError auth(LoginPrompt prompt, JSchException e) {
        String methods = serverMethods(e);
        String step = target.host() + ": auth: ";
        String line;
        if (String.valueOf(e.getMessage()).contains("Too many authentication failures")) {
            line = "the router ended the login as '" + user + "' after too many failed attempts"
                    + " (too many keys offered? name one key file)";
        } else if (prompt.passwordTried()) {
            line = "login as '" + user + "' refused: wrong password"
                    + (endpoint.identityFiles().isEmpty() ? "" : ", and no key was accepted");
        } else if (prompt.passwordMissing()) {
            line = "the router asks for the password of '" + user + "' and none was given";
        } else if (!methods.contains("password") && !methods.contains("publickey")) {
            line = "no login method in common: the router offers only " + methods;
        } else if (!methods.contains("password")) {
            line = "the router does not accept password login for '" + user
                    + "' (it offers " + methods + ") and no key was accepted";
        } else {
            line = "login as '" + user + "' refused: no key was accepted and no password given";
        }
        return new CollectError(CollectError.Kind.LOGIN, step + line, e);
    }

    CollectError connect(HostKeyGuard guard, JSchException e) {
        String step = target.host() + ": connect: ";
        switch (guard.verdict()) {
            case UNKNOWN:
                return new CollectError(CollectError.Kind.HOST_KEY_UNKNOWN, step + "unknown host key " + guard.fingerprint() + " ("
                        + guard.keyType() + ") for " + guard.presentedHost() + ", not in "
                        + target.knownHosts() + "; check it against the router's key, then "
                        + "rerun with --accept-new-host-key", e);
            case CHANGED:
                return new CollectError(CollectError.Kind.HOST_KEY_CHANGED, "HOST KEY FOR " + target.host() + " HAS CHANGED: it now"
                        + " offers " + guard.fingerprint() + " (" + guard.keyType() + "), which "
                        + "does not match " + target.knownHosts() + ". Refusing to connect: this "
                        + "can be a man-in-the-middle. If the router was reinstalled or replaced, "
                        + "remove its old line from that file and check again.", e);
            default:
                break;
        }
        if (e instanceof JSchAlgoNegoFailException nego) {
            return new CollectError(CollectError.Kind.ALGORITHMS, step + algorithms(nego), e);
        }
        return new CollectError(CollectError.Kind.UNREACHABLE, step + network(e), e);
    }

    private String algorithms(JSchAlgoNegoFailException e) {
        // ext-info and strict-kex markers ride in the kex list but are not algorithms.
        String offered = String.join(",", Arrays.stream(
                        String.valueOf(e.getServerProposal()).split(","))
                .filter(a -> !a.startsWith("ext-info-") && !a.startsWith("kex-strict-"))
                .toList());
        boolean legacyOnly = LEGACY_NAMES.stream().anyMatch(offered::contains);
        if (!target.legacyAlgorithms() && legacyOnly) {
            return "this router offers only legacy algorithms (" + e.getAlgorithmName() + ": "
                    + offered + "); rerun with --legacy-algorithms";
        }
        return "no " + e.getAlgorithmName() + " algorithm in common; the router offers " + offered;
    }

    private String network(JSchException e) {
        String where = endpoint.address() + " port " + endpoint.port();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host name " + endpoint.address();
            }
            if (t instanceof ConnectException) {
                String why = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                if (why.contains("unreachable")) {
                    // Java reports ENETUNREACH as a ConnectException too.
                    return where + " is unreachable (" + t.getMessage() + ")";
                }
                if (why.contains("timed out")) {
                    return "no answer from " + where + " within " + seconds();
                }
                return "connection refused by " + where + " (is the SSH service enabled in"
                        + " /ip service, and is the port right?)";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to " + where;
            }
            if (t instanceof SocketTimeoutException) {
                return "no answer from " + where + " within " + seconds();
            }
        }
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("timeout") || lower.contains("timed out")) {
            return "no answer from " + where + " within " + seconds();
        }
        if (lower.contains("unreachable")) {
            return where + " is unreachable (" + message + ")";
        }
        if (lower.contains("closed by foreign host") || lower.contains("connection reset")
                || lower.contains("end of io stream") || lower.contains("session is down")) {
            return "the router closed the connection during the SSH handshake with " + where;
        }
        return "SSH to " + where + " failed: " + message;
    }

    private String seconds() {
        return seconds(target.connectTimeout());
    }

    /** A timeout as a person writes it: "30 s", or "1500 ms" when not whole seconds. */
    static String seconds(java.time.Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static String serverMethods(JSchException e) {
        Matcher m = METHODS.matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1) : "";
    }
}
