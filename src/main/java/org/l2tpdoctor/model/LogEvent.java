package org.l2tpdoctor.model;

import java.util.List;
import org.l2tpdoctor.text.Secrets;

/** One log record: its stamp as printed, its topics ("ipsec", "error"), the message text, secrets masked. */
public record LogEvent(String time, List<String> topics, String message, Origin origin) {
    public LogEvent {
        topics = List.copyOf(topics);
        message = Secrets.text(message);
    }

    public boolean hasTopic(String topic) {
        return topics.contains(topic);
    }
}
