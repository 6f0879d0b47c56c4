package org.l2tpdoctor.collect.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;

/**
 * One parsed known_hosts per file version, shared by every session of a run: a fleet of hundreds
 * of routers would otherwise parse the whole file (and decode every key) once per router. A file
 * that changed (accept-new appended a key) is parsed again.
 */
final class ParsedKnownHosts {
    private record Version(FileTime modified, long size) {
    }

    private record Parsed(Version version, JSch jsch) {
    }

    private static final Map<Path, Parsed> CACHE = new HashMap<>();

    private ParsedKnownHosts() {
    }

    /** A JSch whose host-key repository holds {@code file} (empty when the file does not exist). */
    static synchronized JSch jschFor(Path file, String host) throws CollectError {
        Path key = file.toAbsolutePath().normalize();
        try {
            if (!Files.isRegularFile(file)) {
                return new JSch();
            }
            Version version = new Version(Files.getLastModifiedTime(file), Files.size(file));
            Parsed parsed = CACHE.get(key);
            if (parsed == null || !parsed.version().equals(version)) {
                JSch jsch = new JSch();
                // JSch reads the stream a byte at a time: from memory, not one system call per byte
                jsch.setKnownHosts(new ByteArrayInputStream(Files.readAllBytes(file)));
                parsed = new Parsed(version, jsch);
                CACHE.put(key, parsed);
            }
            return parsed.jsch();
        } catch (JSchException | IOException e) {
            throw new CollectError(host + ": connect: cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
