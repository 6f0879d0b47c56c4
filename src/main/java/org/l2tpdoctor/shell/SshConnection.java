package org.l2tpdoctor.shell;

import java.time.Duration;
import org.l2tpdoctor.collect.ssh.CollectError;
import org.l2tpdoctor.collect.ssh.CollectionResult;
import org.l2tpdoctor.collect.ssh.RouterCollector;
import org.l2tpdoctor.collect.ssh.SshTarget;

/** A real router over SSH, with the target as connect built it from the SSH options. */
final class SshConnection implements Connection {
    private final String label;
    private final SshTarget target;

    SshConnection(String label, SshTarget target) {
        this.label = label;
        this.target = target;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public CollectionResult read(Duration watch, java.util.function.Consumer<String> onLogLine) throws CollectError {
        return new RouterCollector(target).collect(watch, onLogLine);
    }

    @Override
    public void close() {
        // Nothing stays open between readings.
    }
}
