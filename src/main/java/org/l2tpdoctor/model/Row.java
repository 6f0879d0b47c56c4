package org.l2tpdoctor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.l2tpdoctor.text.Secrets;

/**
 * One item of a RouterOS menu as printed or exported: its menu, item number (if shown), flags by name
 * ("dynamic", "disabled", "template"...), properties in print order, its `;;;` comment.
 * Secrets are masked as a row is made ({@link Secrets#stored}), so no row, and no row derived
 * from one, ever holds a secret.
 */
public record Row(String menu, String id, Set<String> flags, Map<String, String> properties, String comment,
                  Origin origin) {

    public Row {
        // insertion order, not Set.copyOf: its iteration order changes from one JVM run to the next
        flags = flags.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(new LinkedHashSet<>(flags));
        if (properties instanceof Masked done) {
            properties = Collections.unmodifiableMap(done); // masked as it was made: see of(LogEvent)
        } else {
            Map<String, String> masked = new LinkedHashMap<>(properties);
            masked.replaceAll(Secrets::stored);
            properties = Collections.unmodifiableMap(masked);
        }
        comment = Secrets.text(comment);
    }

    /**
     * A log record as a row of {@code menu} (time, topics, message), exactly as the constructor
     * would make it, without masking the message a second time where that cannot change it:
     * {@link LogEvent} masked it when it was made, and a text that masking left without a
     * {@link Secrets#MASK} was left as it was, so masking it again leaves it too (a big log's
     * 20,000 rows spent a sixth of the analysis on that). A message with a mask in it is masked
     * again, as before. Only this class can make a {@link Masked} map, and only here, so every
     * row's values are masked by construction.
     */
    public static Row of(String menu, LogEvent e) {
        return of(menu, e, Secrets.stored("topics", String.join(",", e.topics())));
    }

    /**
     * {@link #of(String, LogEvent)} for each event: the same rows, with each list of topics joined
     * and masked once for all the events that share it (the parser shares one list among the
     * records of one topic set: a big log's 20,000 rows hold a handful).
     */
    public static List<Row> of(String menu, List<LogEvent> events) {
        Map<List<String>, String> topics = new IdentityHashMap<>();
        List<Row> rows = new ArrayList<>(events.size());
        for (LogEvent e : events) {
            String joined = topics.computeIfAbsent(e.topics(), t -> Secrets.stored("topics", String.join(",", t)));
            rows.add(of(menu, e, joined));
        }
        return List.copyOf(rows); // immutable already: the snapshot's List.copyOf keeps it as it is
    }

    /** {@code topics}: the event's topics joined and masked, as {@link #of(String, LogEvent)} makes them. */
    private static Row of(String menu, LogEvent e, String topics) {
        Masked p = new Masked(3);
        p.put("time", Secrets.stored("time", e.time().text()));
        p.put("topics", topics);
        String message = e.message();
        p.put("message", message.contains(Secrets.MASK) ? Secrets.stored("message", message) : message);
        return new Row(menu, null, Set.of(), p, null, e.origin());
    }

    /**
     * A row's properties put one by one and masked as they are put, by the same
     * {@link Secrets#stored} the constructor applies, then handed to the row without the
     * constructor's copy: the row is the one {@code new Row(menu, null, Set.of(), properties,
     * null, origin)} makes of the same puts (a value put again keeps its key's place, as in the
     * map the constructor copies). A big log's thousands of attempts each built one map of some
     * 25 properties for the constructor to copy, a seventh of the window's allocation. A builder
     * makes one row: after {@link #build} it takes no more puts.
     */
    public static final class Builder {
        private final String menu;
        private final String id;
        private final Set<String> flags;
        private final String comment;
        private final Origin origin;
        private Masked properties;

        /** {@code expected}: about how many properties the row will have (sizes the map once). */
        public Builder(String menu, Origin origin, int expected) {
            this(menu, null, Set.of(), null, origin, expected);
        }

        /** For a row with an item number, flags or a comment (a print's item): the constructor's other arguments. */
        public Builder(String menu, String id, Set<String> flags, String comment, Origin origin, int expected) {
            this.menu = menu;
            this.id = id;
            this.flags = flags;
            this.comment = comment;
            this.origin = origin;
            this.properties = new Masked(expected);
        }

        public Builder put(String property, String value) {
            properties.put(property, Secrets.stored(property, value));
            return this;
        }

        public Builder putAll(Map<String, String> more) {
            more.forEach(this::put);
            return this;
        }

        public Row build() {
            Masked done = properties;
            properties = null; // one row per builder: the map is the row's now
            return new Row(menu, id, flags, done, comment, origin);
        }
    }

    /** Properties whose values are masked already; private, so no value can get in unmasked. */
    private static final class Masked extends LinkedHashMap<String, String> {
        private static final long serialVersionUID = 1L;

        Masked(int expected) {
            super(expected * 4 / 3 + 1);
        }
    }

    public String get(String property) {
        return properties.get(property);
    }

    public boolean has(String property) {
        return properties.containsKey(property);
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    /**
     * Whether the item is in a state such as disabled, dynamic or template: a print shows it as a
     * flag, an export as {@code disabled=yes}.
     */
    public boolean is(String state) {
        return flags.contains(state) || "yes".equals(properties.get(state));
    }
}
