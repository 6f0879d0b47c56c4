package org.l2tpdoctor.collect.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.RouterFixture;
import org.l2tpdoctor.collect.demo.SimulatedRouter.Options;

/** Reaching and logging in to a router: algorithms, passwords, keys, and the network faults. */
class LoginTest {

    @TempDir
    Path dir;

    @Test
    void aLegacyOnlyRouterIsRefusedWithTheRemedyThenAcceptedWithTheFlag() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy-v6", Options.defaults(), dir)) {
            SshTarget modern = fixture.trustedTarget().withLegacyAlgorithms(false);

            assertThatThrownBy(() -> new RouterCollector(modern).collect())
                    .isInstanceOf(CollectError.class)
                    .hasMessageStartingWith("127.0.0.1: connect: this router offers only legacy algorithms")
                    .hasMessageEndingWith("rerun with --legacy-algorithms")
                    .hasMessageNotContaining("\n")
                    .extracting(e -> ((CollectError) e).kind()).isEqualTo(CollectError.Kind.ALGORITHMS);
            assertThat(fixture.router().commandsReceived()).isEmpty();

            assertThat(new RouterCollector(modern.withLegacyAlgorithms(true)).collect().complete()).isTrue();
        }
    }

    @Test
    void aWrongPasswordIsOneLineAndAskedForOnlyOnce() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults().withWrongPasswordAlways(), dir)) {
            AtomicInteger asked = new AtomicInteger();
            SshTarget target = fixture.trustedTarget().withPassword(() -> {
                asked.incrementAndGet();
                return "demo";
            });

            assertThatThrownBy(() -> new RouterCollector(target).collect())
                    .isInstanceOf(CollectError.class)
                    .hasMessage("127.0.0.1: auth: login as 'admin' refused: wrong password")
                    .hasMessageNotContaining("demo")
                    .extracting(e -> ((CollectError) e).kind()).isEqualTo(CollectError.Kind.LOGIN);
            assertThat(asked).hasValue(1);
            // The suffixed name first, then the plain one, as RouterOS-unaware servers need.
            assertThat(fixture.router().loginsTried()).containsExactly("admin+ct511w4098h", "admin");
            assertThat(fixture.router().commandsReceived()).isEmpty();
        }
    }

    @Test
    void aServerThatRejectsTheLoginSuffixIsRetriedWithThePlainName() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults().withoutLoginSuffix(), dir)) {
            CollectionResult result = new RouterCollector(fixture.trustedTarget()).collect();

            assertThat(result.complete()).isTrue();
            assertThat(fixture.router().loginsTried()).containsExactly("admin+ct511w4098h", "admin");
            assertThat(fixture.router().connections()).isEqualTo(2);
        }
    }

    @Test
    void noPasswordGivenIsSaidPlainly() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults(), dir)) {
            SshTarget target = fixture.trustedTarget().withPassword(() -> null);

            assertThatThrownBy(() -> new RouterCollector(target).collect())
                    .isInstanceOf(CollectError.class)
                    .hasMessage("127.0.0.1: auth: the router asks for the password of 'admin' and none was given")
                    .extracting(e -> ((CollectError) e).kind()).isEqualTo(CollectError.Kind.LOGIN);
        }
    }

    @Test
    void aRouterWithPasswordLoginDisabledSaysSo() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults().withoutPasswordLogin(), dir)) {
            assertThatThrownBy(() -> new RouterCollector(fixture.trustedTarget()).collect())
                    .isInstanceOf(CollectError.class)
                    .hasMessage("127.0.0.1: auth: the router does not accept password login for 'admin'"
                            + " (it offers publickey) and no key was accepted");
        }
    }

    @Test
    void aKeyFileLogsInWithoutAskingForThePassword() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair key = generator.generateKeyPair();
        Path keyFile = dir.resolve("id_ecdsa");
        try (OutputStream out = Files.newOutputStream(keyFile)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "test", null, out);
        }
        Options keyOnly = Options.defaults().withoutPasswordLogin().withAuthorizedKey(key.getPublic());
        try (RouterFixture fixture = RouterFixture.start("healthy", keyOnly, dir)) {
            SshTarget target = fixture.trustedTarget().withIdentityFiles(List.of(keyFile))
                    .withPassword(() -> {
                        throw new AssertionError("password must not be asked for");
                    });

            assertThat(new RouterCollector(target).collect().complete()).isTrue();
        }
    }

    @Test
    void aClosedPortIsARefusedConnection() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SshTarget target = target("127.0.0.1", port);

        assertThatThrownBy(() -> new RouterCollector(target).collect())
                .isInstanceOf(CollectError.class)
                .hasMessageStartingWith("127.0.0.1: connect: connection refused by 127.0.0.1 port " + port)
                .hasMessageNotContaining("\n")
                .extracting(e -> ((CollectError) e).kind()).isEqualTo(CollectError.Kind.UNREACHABLE);
    }

    @Test
    void aHostThatNeverAnswersGivesUpAtTheConnectTimeout() throws Exception {
        // a listener on loopback that accepts TCP but never says a word: what a dead router or a
        // black-holing firewall looks like to the collector (tests send nothing beyond 127.0.0.1)
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            SshTarget target = target("127.0.0.1", silent.getLocalPort())
                    .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1));

            assertThatThrownBy(() -> new RouterCollector(target).collect())
                    .isInstanceOf(CollectError.class)
                    .hasMessageStartingWith("127.0.0.1: connect: ")
                    .hasMessageNotContaining("\n")
                    .extracting(e -> ((CollectError) e).kind()).isEqualTo(CollectError.Kind.UNREACHABLE);
        }
    }

    @Test
    void anUnknownHostNameIsNamed() {
        SshTarget target = target("no-such-router.invalid", 22);

        assertThatThrownBy(() -> new RouterCollector(target).collect())
                .isInstanceOf(CollectError.class)
                .hasMessage("no-such-router.invalid: connect: unknown host name no-such-router.invalid")
                .extracting(e -> ((CollectError) e).kind()).isEqualTo(CollectError.Kind.UNREACHABLE);
    }

    @Test
    void sshConfigSuppliesHostNamePortAndUser() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults(), dir)) {
            Path config = dir.resolve("config");
            Files.writeString(config, "Host office\n  HostName 127.0.0.1\n  Port " + fixture.port()
                    + "\n  User admin\n");
            SshTarget fromFixture = fixture.trustedTarget();
            SshTarget byAlias = new SshTarget("office", 0, null, List.of(), fromFixture.password(),
                    false, false, RouterFixture.CONNECT, RouterFixture.COMMAND,
                    fixture.knownHosts(), config, false);

            CollectionResult result = new RouterCollector(byAlias).collect();

            assertThat(result.complete()).isTrue();
            assertThat(result.host()).isEqualTo("office");
            assertThat(fixture.router().loginsTried()).containsOnly("admin+ct511w4098h");
        }
    }

    private SshTarget target(String host, int port) {
        return new SshTarget(host, port, "admin", List.of(), () -> "demo", false, false,
                RouterFixture.CONNECT, RouterFixture.COMMAND, dir.resolve("known_hosts"), null, false);
    }
}
