package org.l2tpdoctor.parse;

import java.util.ArrayDeque;
import java.util.List;
import org.l2tpdoctor.model.LogEvent;

/**
 * Keeps the most recent log events, up to a bound, and counts them all: memory must not grow with
 * the size of a log, and the latest attempts are the ones a diagnosis is about.
 */
final class EventWindow {
    static final int DEFAULT_CAPACITY = 20_000;

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

    /**
     * Merges events read after the others (a big file's records are read back at the end), both
     * in line order of one source; keeps the most recent up to the bound.
     */
    void mergeInLineOrder(List<LogEvent> later) {
        List<LogEvent> merged = new java.util.ArrayList<>(events.size() + later.size());
        java.util.Iterator<LogEvent> a = events.iterator();
        java.util.Iterator<LogEvent> b = later.iterator();
        LogEvent x = a.hasNext() ? a.next() : null;
        LogEvent y = b.hasNext() ? b.next() : null;
        while (x != null || y != null) {
            if (y == null || x != null && !isAfter(x, y)) {
                merged.add(x);
                x = a.hasNext() ? a.next() : null;
            } else {
                merged.add(y);
                y = b.hasNext() ? b.next() : null;
            }
        }
        seen += later.size();
        events.clear();
        events.addAll(merged.subList(Math.max(0, merged.size() - capacity), merged.size()));
    }

    /** Records that were counted but not read (older than the window). */
    void countUnread(long n) {
        seen += n;
    }

    private static boolean isAfter(LogEvent a, LogEvent b) {
        return a.origin().source().equals(b.origin().source()) && a.origin().line() > b.origin().line();
    }

    List<LogEvent> events() {
        return List.copyOf(events);
    }

    long seen() {
        return seen;
    }
}
