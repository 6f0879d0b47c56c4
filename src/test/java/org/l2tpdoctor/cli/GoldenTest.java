package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A golden test whose golden file is missing fails, and writes nothing. */
class GoldenTest {
    @TempDir
    Path folder;

    @Test
    void aMissingGoldenFailsTheTestInsteadOfBeingWritten() {
        Path expected = folder.resolve("nothing-yet.expected");

        assertThatThrownBy(() -> Golden.assertMatches(expected, "whatever the code printed"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("is missing");
        assertThat(expected).doesNotExist();
    }
}
