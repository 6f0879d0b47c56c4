package org.l2tpdoctor.parse;

import java.util.List;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Origin;

/**
 * The fast path for the one log shape that fills big logs: {@code STAMP TOPICS MESSAGE} with an
 * ISO, month or clock stamp. It gives exactly what {@code LogParser} gives for such a line (a
 * test holds them equal on the corpus and on generated logs) and returns null for anything else,
 * which then goes through the grammar.
 */
final class FastLogLine {
    private FastLogLine() {
    }

    static LogEvent parse(String line, Origin origin) {
        int n = line.length();
        int i = 0;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        int stampEnd = LogStamps.end(line, i);
        if (stampEnd < 0 || stampEnd >= n || line.charAt(stampEnd) != ' ' && line.charAt(stampEnd) != '\t') {
            return null;
        }
        String time = line.substring(i, stampEnd);
        if (time.indexOf('T') >= 0) {
            return null; // syslog: a host may follow; the grammar sorts that out
        }
        int w = skipBlanks(line, stampEnd);
        int wEnd = w;
        while (wEnd < n && line.charAt(wEnd) != ' ' && line.charAt(wEnd) != '\t') {
            wEnd++;
        }
        String topics = line.substring(w, wEnd);
        if (!LogExtractor.isTopicList(topics)) {
            return null;
        }
        int m = skipBlanks(line, wEnd);
        String message = line.substring(m).strip();
        return new LogEvent(time, LogExtractor.split(topics), message, origin);
    }

    private static int skipBlanks(String line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
