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
        int i = Blanks.skip(line, 0);
        int stampEnd = LogStamps.end(line, i);
        if (stampEnd < 0 || stampEnd >= n || !Blanks.isBlank(line.charAt(stampEnd))) {
            return null;
        }
        String time = line.substring(i, stampEnd);
        if (time.indexOf('T') >= 0) {
            return null; // syslog: a host may follow; the grammar sorts that out
        }
        int w = Blanks.skip(line, stampEnd);
        int wEnd = w;
        while (wEnd < n && !Blanks.isBlank(line.charAt(wEnd))) {
            wEnd++;
        }
        String topics = line.substring(w, wEnd);
        if (!LogExtractor.isTopicList(topics)) {
            return null;
        }
        int m = Blanks.skip(line, wEnd);
        String message = line.substring(m).strip();
        return new LogEvent(LogStamps.time(time), "", LogExtractor.split(topics), message, origin);
    }

}
