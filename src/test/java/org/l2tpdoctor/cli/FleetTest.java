package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.l2tpdoctor.engine.Io;
import org.junit.jupiter.api.Test;

/** One router's crash is its own row, never the run's (issue 17: an NPE in one router lost them all). */
class FleetTest {
    private final StringWriter err = new StringWriter();
    private final Io io = new Io(null, new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of(), false, false);

    @Test
    void aJobThatThrowsBecomesThatRoutersRowAndTheOthersAreKept() {
        List<String> rows = Fleet.run(List.of("r1", "r2", "r3"), 3, router -> {
            if (router.equals("r2")) {
                throw new NullPointerException("Cannot invoke \"com.jcraft.jsch.ChannelExec.setCommand(String)\"");
            }
            return router + " ok";
        }, (router, crash) -> router + " failed: " + crash.getMessage(), io);
        assertThat(rows).containsExactly("r1 ok",
                "r2 failed: Cannot invoke \"com.jcraft.jsch.ChannelExec.setCommand(String)\"", "r3 ok");
    }

    @Test
    void aSingleRouterIsIsolatedToo() {
        List<String> rows = Fleet.run(List.of("r1"), 1, router -> {
            throw new IllegalStateException("boom");
        }, (router, crash) -> router + " failed: " + crash.getMessage(), io);
        assertThat(rows).containsExactly("r1 failed: boom");
    }
}
