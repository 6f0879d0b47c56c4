package org.l2tpdoctor.shell;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.reader.Candidate;
import org.l2tpdoctor.collect.demo.Scenario;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.rules.Rule;
import picocli.CommandLine;

/**
 * What an argument completes to. A picocli argument names one of these as its
 * {@code completionCandidates}; {@link ShellCompleter} asks it, with the session at hand.
 */
final class Completions {
    private Completions() {
    }

    /** What sources see: the session, the hosts, the command set. */
    record Known(Session session, HostNames hosts, CommandLine commands) {
    }

    /** Empty to picocli itself (its help never lists these); the completer calls {@link #complete}. */
    abstract static class Source implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Collections.emptyIterator();
        }

        /** {@code before}: this argument's earlier words (a menu path typed word by word). */
        abstract void complete(Known known, List<String> before, String current, List<Candidate> out);
    }

    /** Menu short names, full paths ("/ip/ipsec/policy"), or a path's next word after "/ip ipsec". */
    static final class Menu extends Source {
        @Override
        void complete(Known known, List<String> before, String current, List<Candidate> out) {
            Snapshot s = known.session().hasEvidence() ? known.session().diagnosis().snapshot() : null;
            Set<String> menus = Menus.known(s == null ? List.of() : s.tables().keySet());
            if (!before.isEmpty() && before.get(0).startsWith("/")) {
                List<String> typed = before.stream().flatMap(w -> Menus.words(w).stream()).toList();
                Menus.nextWords(typed, menus).forEach(w -> out.add(plain(w, null)));
                return;
            }
            for (Map.Entry<String, String> e : Menus.shortNames(menus).entrySet()) {
                List<Row> rows = s == null ? List.of() : s.rows(e.getKey());
                String descr = rows.isEmpty() ? e.getKey() : e.getKey() + ", " + rows.size() + " rows";
                String value = current.startsWith("/") ? e.getKey().replace(' ', '/') : e.getValue();
                out.add(new Candidate(value, value, rows.isEmpty() ? "other menus" : "in the evidence", descr,
                        null, null, true));
            }
        }
    }

    /** Rule ids, with their titles. */
    static final class RuleId extends Source {
        @Override
        void complete(Known known, List<String> before, String current, List<Candidate> out) {
            for (Rule r : known.session().rules()) {
                out.add(plain(r.id(), r.title()));
            }
        }
    }

    /** Routers from the inventory, ~/.ssh/config and known_hosts. */
    static final class Host extends Source {
        @Override
        void complete(Known known, List<String> before, String current, List<Candidate> out) {
            known.hosts().all().forEach((host, where) -> out.add(plain(host, where)));
        }
    }

    /** The built-in demo scenarios. */
    static final class ScenarioName extends Source {
        @Override
        void complete(Known known, List<String> before, String current, List<Candidate> out) {
            Scenario.builtInNames().forEach(name -> out.add(plain(name, "simulated router")));
        }
    }

    /** The shell's command names, for help. */
    static final class CommandName extends Source {
        @Override
        void complete(Known known, List<String> before, String current, List<Candidate> out) {
            ShellCompleter.commandNames(known.commands(), out);
        }
    }

    static Candidate plain(String value, String description) {
        return new Candidate(value, value, null, description, null, null, true);
    }
}
