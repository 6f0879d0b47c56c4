package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2tpdoctor.SharedFiles;

/**
 * A log with no ipsec/l2tp/ppp line is a result, not a wrong file: the report says how many log
 * lines it read and how to log the VPN topics, at info level, exit 0. Held on a log big enough to
 * take the streaming path (above 8 MiB), which keeps no event of other topics, and on a small one.
 * The compact default report names the note in one line; its evidence (the count) and its fix are
 * in -v, which these tests read.
 */
class LogWithoutVpnLinesIsAResultTest {
    /** Real dhcp records of a RouterOS 7 memory log (corpus). */
    private static List<String> otherTopics() throws IOException {
        return Files.readAllLines(SharedFiles.corpus().resolve("v7-log-l2tp-ipsec-02.txt")).stream()
                .filter(l -> l.contains("dhcp,info")).toList();
    }

    @Test
    void aBigLogOfOtherTopicsIsReadAndCounted(@TempDir Path dir) throws IOException {
        List<String> records = otherTopics();
        Path log = dir.resolve("noise.log");
        StringBuilder text = new StringBuilder();
        int lines = 0;
        while (text.length() < 9 << 20) {
            text.append(records.get(lines % records.size())).append('\n');
            lines++;
        }
        Files.writeString(log, text);
        CliRun.Result r = CliRun.run("", "diagnose", "--color=never", "-v", log.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("INFO L2TP-LOG-001").contains("log-lines=" + lines)
                .contains("/system logging add topics=ipsec,!packet action=memory");
    }

    @Test
    void aSmallOneToo() throws IOException {
        CliRun.Result r = CliRun.run(String.join("\n", otherTopics()), "diagnose", "--color=never", "-v", "-");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("INFO L2TP-LOG-001").contains("log-lines=" + otherTopics().size());
    }
}
