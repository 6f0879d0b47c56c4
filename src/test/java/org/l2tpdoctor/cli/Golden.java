package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A golden file: the output a test must produce, reviewed by a person. A missing golden fails the
 * test (a test that wrote it would pass on whatever the code printed); -Dgolden.update=true writes
 * every golden anew, and the diff is then reviewed.
 */
final class Golden {
    private Golden() {
    }

    static void assertMatches(Path expected, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        if (!Files.exists(expected)) {
            fail(expected + " is missing: write it with mvn test -Dgolden.update=true, then review it");
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
