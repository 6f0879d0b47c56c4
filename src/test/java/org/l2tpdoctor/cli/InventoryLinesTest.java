package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each inventory line stands alone (issue 17): a bad one is a clear error naming its line, the rest are checked. */
class InventoryLinesTest {
    @TempDir
    Path tmp;

    @Test
    void badLinesAreNamedAndTheGoodOnesStillUsed() throws Exception {
        Path inventory = Files.writeString(tmp.resolve("routers.txt"), "r1.invalid admin 2222\n"
                + "r2.invalid /system reboot\n" + "admin;/system\n" + "admin@r3.invalid:0\n" + "r4.invalid ops 22\n");
        CliRun.Result r = CliRun.run("", "check", "--dry-run", "--inventory", inventory.toString());
        assertThat(r.out()).contains("r1.invalid:2222: would run", "r4.invalid:22: would run");
        assertThat(r.err()).contains("routers.txt:2: '/system' is not a user name",
                "routers.txt:3: 'admin;/system': 'admin;/system' is not a host name or address",
                "routers.txt:4: '0' is not a port (1-65535)");
        assertThat(r.err()).doesNotContain("For input string");
        assertThat(r.code()).isEqualTo(2);
    }

    @Test
    void hostRefusesPortZeroAndShellSyntax() {
        assertThat(CliRun.run("", "check", "--dry-run", "--host", "admin@r1:0").err()).contains("'0' is not a port");
        assertThat(CliRun.run("", "check", "--dry-run", "--host", "admin;/system").err()).contains("is not a host name");
    }
}
