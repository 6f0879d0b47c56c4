package org.l2tpdoctor.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;

/** The monitoring user's own SSH key, written to ~/.ssh/id_ecdsa of a test home as OpenSSH would; no password anywhere. */
final class MonitoringKey {
    private MonitoringKey() {
    }

    static KeyPair writtenInto(Path home) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair key = generator.generateKeyPair();
        Path ssh = Files.createDirectories(home.resolve(".ssh"));
        try (OutputStream out = Files.newOutputStream(ssh.resolve("id_ecdsa"))) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "monitoring", null, out);
        }
        return key;
    }
}
