package org.l2tpdoctor.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.l2tpdoctor.text.FileErrors;

/**
 * Reads pastes from files, folders (every regular file inside, sorted, hidden files skipped) and
 * standard input ({@code -}).
 */
public final class PasteReader {
    /** The manifest a collected bundle holds beside its captures: metadata, not router output. */
    public static final String BUNDLE_MANIFEST = "manifest.json";

    /** Files above this size are streamed line by line instead of read whole (big syslogs). */
    static final long STREAM_ABOVE_BYTES = 8L * 1024 * 1024;

    private final InputStream stdin;

    public PasteReader(InputStream stdin) {
        this.stdin = stdin;
    }

    public List<Capture> read(List<String> arguments) throws InputError {
        List<Capture> captures = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                captures.add(readStdin());
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                captures.addAll(readFolder(path));
            } else if (Files.isRegularFile(path)) {
                captures.add(readFile(path, argument));
            } else {
                throw new InputError(argument + ": no such file or folder");
            }
        }
        return captures;
    }

    /**
     * A small paste is read into memory; a big one (a log piped in) is spooled to a temporary file
     * and streamed like a big file, so memory does not grow with it.
     */
    private Capture readStdin() throws InputError {
        try {
            byte[] head = stdin.readNBytes((int) STREAM_ABOVE_BYTES + 1);
            if (TextDecoder.looksBinary(head)) {
                throw new InputError("<stdin>: binary data, not RouterOS output");
            }
            if (head.length <= STREAM_ABOVE_BYTES) {
                return new Capture("<stdin>", null, TextDecoder.decode(head));
            }
            Path spool = Files.createTempFile("l2tpdoctor-stdin", ".log");
            spool.toFile().deleteOnExit();
            try (java.io.OutputStream out = Files.newOutputStream(spool)) {
                out.write(head);
                stdin.transferTo(out);
            }
            return Capture.ofFile("<stdin>", spool);
        } catch (IOException e) {
            throw new InputError("<stdin>: cannot read: " + FileErrors.reason(e));
        }
    }

    private List<Capture> readFolder(Path folder) throws InputError {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals(BUNDLE_MANIFEST))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputError(folder + ": cannot read folder: " + FileErrors.reason(e));
        }
        List<Capture> captures = new ArrayList<>();
        for (Path file : files) {
            // a folder may hold an archive or an image beside the pastes: not router output
            if (!isBinary(file, file.toString())) {
                captures.add(readFile(file, file.toString()));
            }
        }
        return captures;
    }

    private static boolean isBinary(Path path, String name) throws InputError {
        try (java.io.InputStream in = Files.newInputStream(path)) {
            return TextDecoder.looksBinary(in.readNBytes(8192));
        } catch (IOException e) {
            throw new InputError(name + ": cannot read: " + FileErrors.reason(e));
        }
    }

    private static Capture readFile(Path path, String name) throws InputError {
        if (isBinary(path, name)) {
            throw new InputError(name + ": a binary file, not RouterOS output");
        }
        try {
            if (Files.size(path) > STREAM_ABOVE_BYTES) {
                return Capture.ofFile(name, path);
            }
            return new Capture(name, null, TextDecoder.decode(Files.readAllBytes(path)));
        } catch (IOException e) {
            throw new InputError(name + ": cannot read: " + FileErrors.reason(e));
        }
    }
}
