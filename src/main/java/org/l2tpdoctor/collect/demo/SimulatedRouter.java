package org.l2tpdoctor.collect.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.l2tpdoctor.collect.ssh.CommandCatalogue;
import org.l2tpdoctor.collect.ssh.CommandLine;
import org.l2tpdoctor.collect.ssh.SshTarget;

/**
 * A RouterOS look-alike SSH server on 127.0.0.1 that answers the read-only catalogue from a
 * {@link Scenario}, refuses everything else as RouterOS would, and can misbehave on request.
 * Used by the tests and by the demo mode, so a new user sees the whole path without a router.
 */
public final class SimulatedRouter implements AutoCloseable {

    /** Which SSH algorithm sets the router offers. */
    public enum Algorithms {
        /** Legacy for a RouterOS 6 scenario, modern otherwise. */
        AUTO,
        /** What RouterOS 7 offers: RSA host key signed with SHA-2, curve25519/ECDH key exchange. */
        MODERN,
        /** What old RouterOS 6 offers: only an ssh-rsa host key and diffie-hellman-group14-sha1. */
        LEGACY
    }

    /**
     * How the router behaves.
     *
     * @param algorithms         the offered algorithm set
     * @param passwordLogin      false: only public keys are accepted (password auth disabled)
     * @param rejectAllPasswords every password is wrong
     * @param loginSuffix        accept "user+ct511w4098h"-style login names (RouterOS does)
     * @param authorizedKey      a public key accepted for the scenario's user, or null
     * @param faults             misbehaviour per exact command string
     * @param commandLines       runs several commands sent as one line ({@code ;} between them), as RouterOS does
     * @param piece              0: output leaves as the console writes it; n: in SSH packets of n bytes at most,
     *                           so a command line's markers arrive cut across packets (a slow link, a small window)
     */
    public record Options(Algorithms algorithms, boolean passwordLogin, boolean rejectAllPasswords,
                          boolean loginSuffix, PublicKey authorizedKey, Map<String, Fault> faults,
                          boolean commandLines, int piece) {

        public Options {
            Objects.requireNonNull(algorithms, "algorithms");
            faults = Map.copyOf(faults);
        }

        public static Options defaults() {
            return new Options(Algorithms.AUTO, true, false, true, null, Map.of(), true, 0);
        }

        public Options withAlgorithms(Algorithms set) {
            return new Options(set, passwordLogin, rejectAllPasswords, loginSuffix, authorizedKey, faults, commandLines, piece);
        }

        public Options withoutPasswordLogin() {
            return new Options(algorithms, false, rejectAllPasswords, loginSuffix, authorizedKey, faults, commandLines, piece);
        }

        public Options withWrongPasswordAlways() {
            return new Options(algorithms, passwordLogin, true, loginSuffix, authorizedKey, faults, commandLines, piece);
        }

        public Options withAuthorizedKey(PublicKey key) {
            return new Options(algorithms, passwordLogin, rejectAllPasswords, loginSuffix, key, faults, commandLines, piece);
        }

        /** Like an SSH server that is not RouterOS: "admin+ct511w4098h" is an unknown user. */
        public Options withoutLoginSuffix() {
            return new Options(algorithms, passwordLogin, rejectAllPasswords, false, authorizedKey, faults, commandLines, piece);
        }

        /** A console that answers a line of several commands with "syntax error", so each must come in a channel of its own. */
        public Options withoutCommandLines() {
            return new Options(algorithms, passwordLogin, rejectAllPasswords, loginSuffix, authorizedKey, faults, false, piece);
        }

        /** Every answer, markers included, leaves in SSH packets of at most {@code bytes}. */
        public Options withOutputInPiecesOf(int bytes) {
            return new Options(algorithms, passwordLogin, rejectAllPasswords, loginSuffix, authorizedKey, faults, commandLines, bytes);
        }

        /** The same fault for every command (a router that misbehaves throughout). */
        public Options withFaultOnEveryCommand(Fault fault) {
            return withFault(EVERY_COMMAND, fault);
        }

        public Options withFault(String command, Fault fault) {
            Map<String, Fault> more = new java.util.HashMap<>(faults);
            more.put(command, fault);
            return new Options(algorithms, passwordLogin, rejectAllPasswords, loginSuffix, authorizedKey, more, commandLines, piece);
        }
    }

    private static final String EVERY_COMMAND = "*";

    // What the tests ask about afterwards, appended by every connection. Not copy-on-write lists:
    // bench/FleetServer's router serves 1,000 routers a run, and each add copied the whole list
    // (zeroing a new array of up to 75,000 entries: ~8% of the simulated router's CPU in a fleet).
    private final Queue<String> received = new ConcurrentLinkedQueue<>();
    private final Queue<String> ran = new ConcurrentLinkedQueue<>();
    private final Queue<String> logins = new ConcurrentLinkedQueue<>();
    private final AtomicInteger connections = new AtomicInteger();
    private SshServer server;
    private KeyPair hostKey;
    private Scenario scenario;

    /** Binds 127.0.0.1 on a free port with a host key made for this run; returns the port. */
    public synchronized int start(Scenario scenario, Options options) throws IOException {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        this.scenario = scenario;
        boolean legacy = options.algorithms() == Algorithms.LEGACY
                || options.algorithms() == Algorithms.AUTO && scenario.major() == 6;
        hostKey = generateHostKey();
        ConsoleAnswers answers = new ConsoleAnswers(scenario);

        SshServer sshd = ServerBuilder.builder().factory(Listener::new).build();
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        CoreModuleProperties.SERVER_IDENTIFICATION.set(sshd, "ROSSSH");
        // Without it Nagle and delayed ACKs add ~40 ms to every short answer.
        CoreModuleProperties.TCP_NODELAY.set(sshd, true);
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        if (legacy) {
            offerOnlyLegacyAlgorithms(sshd);
        }
        sshd.setUserAuthFactories(options.passwordLogin()
                ? List.of(UserAuthPasswordFactory.INSTANCE, UserAuthPublicKeyFactory.INSTANCE)
                : List.of(UserAuthPublicKeyFactory.INSTANCE));
        Pattern login = Pattern.compile(Pattern.quote(scenario.user())
                + (options.loginSuffix() ? "(\\+[a-z0-9]+)?" : ""));
        sshd.setPasswordAuthenticator((user, password, session) -> {
            logins.add(user);
            return !options.rejectAllPasswords() && login.matcher(user).matches()
                    && scenario.password().equals(password);
        });
        sshd.setPublickeyAuthenticator((user, key, session) -> {
            logins.add(user);
            return options.authorizedKey() != null && login.matcher(user).matches()
                    && KeyUtils.compareKeys(key, options.authorizedKey());
        });
        sshd.setCommandFactory((channel, command) -> command(channel, command, answers, options));
        sshd.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                connections.incrementAndGet();
            }
        });
        sshd.start();
        server = sshd;
        return sshd.getPort();
    }

    // MINA deprecates SHA-1 key exchange for good reason; imitating an old router is the point.
    @SuppressWarnings("deprecation")
    private static void offerOnlyLegacyAlgorithms(SshServer sshd) {
        sshd.setKeyExchangeFactories(List.of(ServerBuilder.DH2KEX.apply(BuiltinDHFactories.dhg14),
                ServerBuilder.DH2KEX.apply(BuiltinDHFactories.dhg1)));
        sshd.setSignatureFactories(List.of(BuiltinSignatures.rsa));
    }

    private Command command(ChannelSession channel, String command, ConsoleAnswers answers,
                            Options options) {
        received.add(command);
        String user = channel.getSession().getUsername();
        // RouterOS colours its output unless the login name carries the "c" flag.
        boolean colours = !(user.contains("+") && user.substring(user.indexOf('+')).contains("c"));
        CommandLine line = options.commandLines() ? CommandLine.parse(command).orElse(null) : null;
        if (line != null) {
            return commandLine(line, command, answers, options, colours);
        }
        String refused = answers.refusalOf(command);
        if (refused == null) {
            ran.add(command);
        }
        return new ConsoleCommand(refused != null ? refused : answers.answer(command), fault(command, options), colours, options.piece(),
                CommandCatalogue.FOLLOW_LOG.equals(command));
    }

    private static Fault fault(String command, Options options) {
        return options.faults().getOrDefault(command, options.faults().getOrDefault(EVERY_COMMAND, Fault.none()));
    }

    /**
     * Several commands in one line, run one after another. RouterOS reads the whole line before
     * it runs any of it: one command it would not run refuses the line, and nothing runs.
     */
    private Command commandLine(CommandLine line, String text, ConsoleAnswers answers, Options options, boolean colours) {
        for (String part : line.commands()) {
            String refused = answers.refusalOf(part);
            if (refused == null && fault(part, options).answer() == Fault.Answer.REJECTED) {
                refused = "bad command name print (line 1 column " + (text.indexOf(part) + 2) + ")\n";
            }
            if (refused != null) {
                return new ConsoleCommand(refused, Fault.none(), colours, options.piece(), false);
            }
        }
        List<ConsoleCommand.Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < line.commands().size(); i++) {
            String part = line.commands().get(i);
            steps.add(ConsoleCommand.Step.printing(line.markerBefore(i) + "\n"));
            steps.add(new ConsoleCommand.Step(answers.answer(part), fault(part, options), false, () -> ran.add(part)));
        }
        steps.add(ConsoleCommand.Step.printing(line.endMarker() + "\n"));
        return new ConsoleCommand(steps, colours, options.piece());
    }

    public synchronized int port() {
        requireStarted();
        return server.getPort();
    }

    /**
     * One more port on 127.0.0.1 for this same router (same answers, faults and host key); returns
     * it. bench/FleetServer makes its 1,000 identical routers as 1,000 ports of one server: each
     * is still its own TCP connection, key exchange and login to the client, but the simulation
     * no longer runs 1,000 servers' thread pools on the cores the client is measured on.
     */
    public synchronized int anotherPort() throws IOException {
        requireStarted();
        return ((Listener) server).listen();
    }

    /** MINA's server, made able to listen on further ports after it started. */
    private static final class Listener extends SshServer {
        int listen() throws IOException {
            java.util.Set<java.net.SocketAddress> before = java.util.Set.copyOf(getBoundAddresses());
            acceptor.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
            for (java.net.SocketAddress bound : getBoundAddresses()) {
                if (!before.contains(bound)) {
                    return ((java.net.InetSocketAddress) bound).getPort();
                }
            }
            throw new IOException("no new port was bound");
        }
    }

    /** Every command string received over exec, in order of arrival (a command line as one string). */
    public List<String> commandsReceived() {
        return List.copyOf(received);
    }

    /**
     * Every command run, in the order it started: a command line's commands each (its markers
     * not), a refused command or line not at all.
     */
    public List<String> commandsRun() {
        return List.copyOf(ran);
    }

    /** Every login name tried with a password or key, in order. */
    public List<String> loginsTried() {
        return List.copyOf(logins);
    }

    /** How many SSH connections were opened to this router. */
    public int connections() {
        return connections.get();
    }

    /** The known_hosts line that trusts this run's host key ("[127.0.0.1]:port type key"). */
    public synchronized String knownHostsLine() {
        requireStarted();
        return knownHostsLine(server.getPort());
    }

    /** The same for one of its ports ({@link #anotherPort}). */
    public synchronized String knownHostsLine(int port) {
        requireStarted();
        return "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    /**
     * A target that logs in to this router as the scenario's user, trusting its host key
     * through the given known_hosts file (written here), with nothing from ~/.ssh.
     */
    public synchronized SshTarget target(Path knownHosts, Duration commandTimeout) throws IOException {
        requireStarted();
        java.nio.file.Files.writeString(knownHosts, knownHostsLine() + "\n");
        String password = scenario.password();
        return new SshTarget("127.0.0.1", server.getPort(), scenario.user(), List.of(),
                () -> password, false, scenario.major() == 6, Duration.ofSeconds(5),
                commandTimeout, knownHosts, null, false);
    }

    @Override
    public synchronized void close() throws IOException {
        if (server != null) {
            server.stop(true);
            server = null;
        }
    }

    private void requireStarted() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
    }

    /** RSA, as RouterOS generates by default; modern routers sign with rsa-sha2-256/512, old ones ssh-rsa. */
    private static KeyPair generateHostKey() throws IOException {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            return rsa.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot make a host key: " + e.getMessage(), e);
        }
    }
}
