package org.l2tpdoctor.model;

import java.util.List;

/** One log record: its stamp as printed, its topics ("ipsec", "error"), the message text. */
public record LogEvent(String time, List<String> topics, String message, Origin origin) {
    public LogEvent {
        topics = List.copyOf(topics);
    }

    public boolean hasTopic(String topic) {
        return topics.contains(topic);
    }
}
