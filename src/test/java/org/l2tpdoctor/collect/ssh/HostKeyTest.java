package org.l2tpdoctor.collect.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.collect.RouterFixture;
import org.l2tpdoctor.collect.demo.SimulatedRouter.Options;

/** Strict host key checking: unknown keys refused with their fingerprint, changed keys refused loudly. */
class HostKeyTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownKeyIsRefusedWithItsFingerprintThenAcceptedOnRequest() throws Exception {
        try (RouterFixture fixture = RouterFixture.start("healthy", Options.defaults(), dir)) {
            String fingerprint = fingerprint(fixture.router().knownHostsLine());
            SshTarget target = fixture.untrustedTarget();

            assertThatThrownBy(() -> new RouterCollector(target).collect())
                    .isInstanceOf(CollectError.class)
                    .hasMessageStartingWith("127.0.0.1: connect: unknown host key " + fingerprint)
                    .hasMessageContaining("rerun with --accept-new-host-key")
                    .hasMessageNotContaining("\n")
                    .extracting(e -> ((CollectError) e).kind()).isEqualTo(CollectError.Kind.HOST_KEY_UNKNOWN);
            assertThat(fixture.router().commandsReceived()).isEmpty();
            assertThat(fixture.knownHosts()).doesNotExist();

            CollectionResult accepted = new RouterCollector(target.withAcceptNewHostKey(true)).collect();
            assertThat(accepted.complete()).isTrue();
            assertThat(Files.readString(fixture.knownHosts()))
                    .isEqualTo(fixture.router().knownHostsLine() + "\n");

            // Remembered: strict checking now passes without the option.
            assertThat(new RouterCollector(target).collect().complete()).isTrue();
        }
    }

    @Test
    void aChangedKeyIsRefusedEvenWithAcceptNew() throws Exception {
        try (RouterFixture first = RouterFixture.start("healthy", Options.defaults(), dir.resolve("a"));
             RouterFixture second = RouterFixture.start("healthy", Options.defaults(), dir)) {
            // known_hosts holds another router's key under this router's address and port.
            String other = first.router().knownHostsLine();
            String stale = "[127.0.0.1]:" + second.port() + other.substring(other.indexOf(' '));
            Files.writeString(second.knownHosts(), "# kept\n" + stale + "\n");

            SshTarget target = second.untrustedTarget().withAcceptNewHostKey(true);
            assertThatThrownBy(() -> new RouterCollector(target).collect())
                    .isInstanceOf(CollectError.class)
                    .hasMessageStartingWith("HOST KEY FOR 127.0.0.1 HAS CHANGED")
                    .hasMessageContaining(fingerprint(second.router().knownHostsLine()))
                    .hasMessageContaining("Refusing to connect")
                    .extracting(e -> ((CollectError) e).kind()).isEqualTo(CollectError.Kind.HOST_KEY_CHANGED);
            assertThat(Files.readString(second.knownHosts())).isEqualTo("# kept\n" + stale + "\n");
            assertThat(second.router().commandsReceived()).isEmpty();
        }
    }

    private static String fingerprint(String knownHostsLine) throws Exception {
        byte[] blob = Base64.getDecoder().decode(knownHostsLine.split(" ")[2]);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
        return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    }
}
