package org.l2tpdoctor.parse;

import java.util.ArrayDeque;
import java.util.List;
import org.l2tpdoctor.model.LogEvent;

/**
 * Keeps the most recent log events, up to a bound, and counts them all: memory must not grow with
 * the size of a log, and the latest attempts are the ones a diagnosis is about.
 */
final class EventWindow {
    static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final ArrayDeque<LogEvent> events = new ArrayDeque<>();
    private long seen;

    EventWindow(int capacity) {
        this.capacity = capacity;
    }

    void add(LogEvent event) {
        seen++;
        if (events.size() == capacity) {
            events.removeFirst();
        }
        events.addLast(event);
    }

    void addAll(List<LogEvent> more) {
        more.forEach(this::add);
    }

    List<LogEvent> events() {
        return List.copyOf(events);
    }

    long seen() {
        return seen;
    }
}
