package org.l2tpdoctor.shell;

import java.time.Duration;
import org.l2tpdoctor.collect.ssh.CollectError;
import org.l2tpdoctor.collect.ssh.CollectionResult;

/**
 * The router the shell is connected to. Each reading opens its own SSH session (the collector's
 * read-only allowlist, as check uses); "connected" means the router is chosen and answered once.
 */
interface Connection {
    /** How the prompt and the evidence name the router. */
    String label();

    /** Reads the router; with {@code watch}, also follows its ipsec/l2tp/ppp log that long. */
    default CollectionResult read(Duration watch) throws CollectError {
        return read(watch, null);
    }

    /** As {@link #read(Duration)}, handing each followed log line to {@code onLogLine} as it arrives. */
    CollectionResult read(Duration watch, java.util.function.Consumer<String> onLogLine) throws CollectError;

    /** Releases what the connection holds (the demo router's server); idempotent. */
    void close();
}
