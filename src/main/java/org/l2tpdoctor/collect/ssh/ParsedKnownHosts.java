package org.l2tpdoctor.collect.ssh;

import com.jcraft.jsch.JSch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.l2tpdoctor.text.FileErrors;

/** The JSch whose host-key repository holds a known_hosts file, parsed once per file version. */
final class ParsedKnownHosts {
    // JSch reads the stream a byte at a time: from memory, not one system call per byte
    private static final ParsedFiles<JSch> CACHE = new ParsedFiles<>(content -> {
        JSch jsch = new JSch();
        jsch.setKnownHosts(new ByteArrayInputStream(content));
        return jsch;
    });

    private ParsedKnownHosts() {
    }

    /** A JSch whose host-key repository holds {@code file} (empty when the file does not exist). */
    static JSch jschFor(Path file, String host) throws CollectError {
        if (!Files.isRegularFile(file)) {
            return new JSch();
        }
        try {
            return CACHE.get(file);
        } catch (Exception e) {
            throw new CollectError(host + ": connect: cannot read " + file + ": "
                    + (e instanceof IOException io ? FileErrors.reason(io) : e.getMessage()), e);
        }
    }
}
