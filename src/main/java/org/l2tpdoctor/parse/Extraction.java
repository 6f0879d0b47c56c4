package org.l2tpdoctor.parse;

import java.util.List;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.Row;
import org.l2tpdoctor.model.RouterVersion;

/** What one section yielded: rows (each knows its menu), log events, warnings, line counts. */
record Extraction(String menu, List<Row> rows, List<LogEvent> events, List<ParseWarning> warnings,
                  int lines, int understood, RouterVersion version, String identity) {
}
