package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/l2tpdoctor raises the JIT's thresholds only for a diagnose whose every input is a small file
 * (a short run would not repay compiling), never for standard input, a folder, a big file or the
 * long-running commands. Run with a stand-in {@code java} on the PATH that prints its arguments.
 */
class LauncherCompilesLaterForSmallPastesTest {
    private static final String LATER = "-XX:CompileThresholdScaling=3";

    @TempDir
    Path dir;
    private Path small;
    private Path big;

    @BeforeEach
    void standIns() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("l2tpdoctor.jar"), "not a jar: the stand-in java never reads it");
        small = Files.writeString(dir.resolve("paste.txt"), "[admin@R1] > /ip ipsec peer print\n".repeat(100));
        big = Files.writeString(dir.resolve("big.log"), "x".repeat(33 * 1024));
    }

    @Test
    void aDiagnoseOfSmallFilesCompilesLater() throws Exception {
        assertThat(launch("diagnose", small.toString())).contains(LATER);
        assertThat(launch("diagnose", "--color", "never", small.toString(), small.toString())).contains(LATER);
    }

    @Test
    void bigFilesStandardInputFoldersAndOtherCommandsKeepTheDefault() throws Exception {
        assertThat(launch("diagnose", big.toString())).doesNotContain(LATER);
        assertThat(launch("diagnose", small.toString(), big.toString())).doesNotContain(LATER);
        assertThat(launch("diagnose", "-")).doesNotContain(LATER);
        assertThat(launch("diagnose")).doesNotContain(LATER);
        assertThat(launch("diagnose", dir.toString())).doesNotContain(LATER);
        assertThat(launch("diagnose", dir.resolve("no-such-file").toString())).doesNotContain(LATER);
        assertThat(launch("check", "--demo")).doesNotContain(LATER);
    }

    private String launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", Path.of("bin/l2tpdoctor").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("L2TPDOCTOR_JAR", dir.resolve("l2tpdoctor.jar").toString());
        pb.environment().remove("L2TPDOCTOR_JAVA_OPTS");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out).contains("-jar");
        return out;
    }
}
