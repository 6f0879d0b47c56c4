package org.l2tpdoctor.collect.ssh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;

/**
 * One parsed copy of each file version, shared by every session of a run: a fleet of hundreds of
 * routers would otherwise parse known_hosts or ~/.ssh/config once per router. A file that changed
 * (accept-new appended a key) is parsed again.
 */
final class ParsedFiles<T> {
    /** Parses a file's bytes. */
    interface Reader<T> {
        T read(byte[] content) throws Exception;
    }

    private record Version(FileTime modified, long size) {
    }

    private record Parsed<T>(Version version, T value) {
    }

    private final Map<Path, Parsed<T>> cache = new HashMap<>();
    private final Reader<T> reader;

    ParsedFiles(Reader<T> reader) {
        this.reader = reader;
    }

    /** The parsed file; the reader's own failure is passed on as it is. */
    synchronized T get(Path file) throws Exception {
        Path key = file.toAbsolutePath().normalize();
        Version version = new Version(Files.getLastModifiedTime(file), Files.size(file));
        Parsed<T> parsed = cache.get(key);
        if (parsed == null || !parsed.version().equals(version)) {
            parsed = new Parsed<>(version, reader.read(Files.readAllBytes(file)));
            cache.put(key, parsed);
        }
        return parsed.value();
    }
}
