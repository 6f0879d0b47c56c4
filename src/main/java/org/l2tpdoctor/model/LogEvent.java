package org.l2tpdoctor.model;

import java.util.List;
import org.l2tpdoctor.text.Secrets;

/**
 * One log record: its time as the parser read it from the stamp, the host that sent it when a
 * syslog receiver wrote one down ("" otherwise), its topics ("ipsec", "error"), the message text
 * with secrets masked, and where it was read.
 */
public record LogEvent(LogTime time, String host, List<String> topics, String message, Origin origin) {
    public LogEvent {
        time = time == null ? LogTime.NONE : time;
        host = host == null ? "" : host;
        topics = List.copyOf(topics);
        message = Secrets.text(message);
    }

    public boolean hasTopic(String topic) {
        return topics.contains(topic);
    }

    /** The same record with another message (a continuation line appended to it). */
    public LogEvent withMessage(String more) {
        return new LogEvent(time, host, topics, more, origin);
    }

    /** The same record read at another place (a big file's second half moved to its real lines). */
    public LogEvent at(Origin where) {
        return new LogEvent(time, host, topics, message, where);
    }
}
