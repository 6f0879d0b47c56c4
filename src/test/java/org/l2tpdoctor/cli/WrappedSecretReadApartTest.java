package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret value that a line break put on a line of its own is masked even where that line is
 * read apart from its key (issue 17; found by the wrapped-secret fuzz mutator): the line warned
 * about as "continues line N, which was not understood", a log record whose text goes on on the
 * next line, an export command continued with {@code \}, a quoted value cut open. The canary
 * reaches no output: text, JSON, parse, and the bundle `collect` would write.
 */
class WrappedSecretReadApartTest {
    private static final String CANARY = "CANARY-apart";

    @TempDir
    Path tmp;

    @Test
    void aWrappedSecretOnALineOfItsOwnReachesNoOutput() throws Exception {
        String paste = "[admin@R1] > /ppp secret print detail\n"
                + "Flags: X - disabled\n"
                + " 0   name=\"a\" service=l2tp max-sessions:ash=md5 password=\n"
                + "     " + CANARY + "-1\n"
                + " 1   name=\"b\" service=l2tp password=\"first-half-\n"
                + "" + CANARY + "-2\" profile=default\n"
                + "[admin@R1] > /log print\n"
                + "13:40:02 system,info user admin changed password=\n"
                + "    " + CANARY + "-3\n"
                + "[admin@R1] > /export\n"
                + "/ppp secret\n"
                + "add name=c service=l2tp password=\\\n"
                + "    " + CANARY + "-4\n";
        Path file = Files.writeString(tmp.resolve("paste.txt"), paste);
        StringBuilder all = new StringBuilder();
        for (String format : new String[] {"text", "json", "markdown"}) {
            CliRun.Result r = CliRun.run("", "diagnose", "-v", "--color", "never", "--format", format, file.toString());
            all.append(r.out()).append(r.err());
        }
        CliRun.Result parse = CliRun.run("", "parse", "-v", file.toString());
        all.append(parse.out()).append(parse.err());
        CliRun.Result json = CliRun.run("", "parse", "--format", "json", file.toString());
        all.append(json.out()).append(json.err());
        assertThat(all.toString()).doesNotContain(CANARY);
        assertThat(parse.out()).as("read with its key, it is still that key's value")
                .contains("name=c password=********");
    }
}
