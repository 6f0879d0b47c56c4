package org.l2tpdoctor.shell;

import java.util.ArrayList;
import java.util.List;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.ssh.CollectionResult;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.text.TerminalText;

/**
 * What the shell knows: the connected router, its last reading, and the text pasted and loaded.
 * Parsing and diagnosing go through {@link Pipeline}, once per change of the evidence.
 */
final class Session {
    private final List<Rule> rules;
    private Connection connection;
    private CollectionResult collected;
    private final List<Capture> added = new ArrayList<>();
    private int pastes;
    private long version;
    private Snapshot snapshot;
    private long snapshotVersion = -1;
    private Diagnosis diagnosis;
    private long diagnosisVersion = -1;

    Session(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    List<Rule> rules() {
        return rules;
    }

    synchronized Connection connection() {
        return connection;
    }

    /** The router is now this one, with its first reading; a previous router is let go. */
    synchronized void connect(Connection newConnection, CollectionResult reading) {
        if (connection != null && connection != newConnection) {
            connection.close();
        }
        connection = newConnection;
        collected = reading;
        version++;
    }

    /** Lets the router go; what it gave stays as evidence until clear. */
    synchronized Connection disconnect() {
        Connection old = connection;
        connection = null;
        if (old != null) {
            old.close();
        }
        return old;
    }

    synchronized void collected(CollectionResult reading) {
        collected = reading;
        version++;
    }

    synchronized CollectionResult lastReading() {
        return collected;
    }

    synchronized void add(List<Capture> captures) {
        added.addAll(captures);
        version++;
    }

    synchronized String nextPasteName() {
        return "paste#" + (++pastes);
    }

    /** Forgets every piece of evidence; the router stays connected. */
    synchronized int clear() {
        int forgotten = captures().size();
        collected = null;
        added.clear();
        version++;
        return forgotten;
    }

    synchronized List<Capture> captures() {
        List<Capture> all = new ArrayList<>();
        if (collected != null) {
            all.addAll(collected.captures());
        }
        all.addAll(added);
        return all;
    }

    synchronized boolean hasEvidence() {
        return collected != null && !collected.captures().isEmpty() || !added.isEmpty();
    }

    /** All evidence parsed; parsed again only after it changed. Heavy work runs outside the lock. */
    Snapshot snapshot() {
        long at;
        List<Capture> captures;
        synchronized (this) {
            if (snapshotVersion == version) {
                return snapshot;
            }
            at = version;
            captures = captures();
        }
        Snapshot parsed = Pipeline.parse(captures);
        synchronized (this) {
            if (at == version) {
                snapshot = parsed;
                snapshotVersion = at;
            }
        }
        return parsed;
    }

    /** All evidence diagnosed with the shell's rules, cached like {@link #snapshot()}. */
    Diagnosis diagnosis() {
        long at;
        synchronized (this) {
            if (diagnosisVersion == version) {
                return diagnosis;
            }
            at = version;
        }
        Snapshot parsed = snapshot();
        Diagnosis judged = Pipeline.diagnose(parsed, rules);
        synchronized (this) {
            if (at == version && snapshotVersion == at) {
                diagnosis = judged;
                diagnosisVersion = at;
            }
        }
        return judged;
    }

    /** {@code l2tpdoctor [r1, 21 sections]> }: the router, and how much evidence there is. */
    String prompt() {
        List<String> parts = new ArrayList<>();
        Connection c = connection();
        if (c != null) {
            parts.add(TerminalText.safe(c.label()));
        }
        if (hasEvidence()) {
            int sections = snapshot().sections().size();
            parts.add(sections + (sections == 1 ? " section" : " sections"));
        }
        return parts.isEmpty() ? "l2tpdoctor> " : "l2tpdoctor [" + String.join(", ", parts) + "]> ";
    }
}
