package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.l2tpdoctor.SharedFiles;
import org.l2tpdoctor.collect.TextDecoder;
import org.l2tpdoctor.model.LogEvent;
import org.l2tpdoctor.model.Origin;

/** The fast path gives exactly what the log grammar gives, wherever it answers at all. */
class FastLogLineTest {
    private static final Origin ORIGIN = new Origin("t", 1);

    @Test
    void agreesWithTheGrammarOnEveryCorpusLogLine() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path f : Files.list(SharedFiles.corpus()).toList()) {
            if (f.getFileName().toString().contains("log")) {
                lines.addAll(InputText.lines(TextDecoder.decode(Files.readAllBytes(f))));
            }
        }
        int answered = assertAgreement(lines);
        assertThat(answered).as("the fast path reads the plain memory-log lines").isGreaterThan(60);
    }

    @Test
    void agreesWithTheGrammarOnMutatedLines() {
        Random r = new Random(7);
        String[] base = {"2026-09-18 09:54:41 ipsec,error 205.210.31.162 phase1 negotiation failed.",
            " jul/19 14:27:01 l2tp,ppp,info <l2tp-anna>: connected", "17:12:32 ipsec,error no suitable proposal found. ",
            "jan/02/1970 00:41:37 system,info router rebooted", "2026-09-18 09:54:41 echo: ipsec,info x"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder(base[r.nextInt(base.length)]);
            for (int k = r.nextInt(3); k > 0; k--) {
                int at = r.nextInt(s.length() + 1);
                s.insert(at, " \t,:-T<>1aZ\"".charAt(r.nextInt(12)));
            }
            lines.add(s.toString());
        }
        assertAgreement(lines);
    }

    private static int assertAgreement(List<String> lines) {
        LogExtractor grammar = new LogExtractor();
        int answered = 0;
        for (String line : lines) {
            LogEvent fast = FastLogLine.parse(line, ORIGIN);
            if (fast == null) {
                continue;
            }
            answered++;
            assertThat(grammar.withGrammar(line, ORIGIN, false)).as(line).contains(fast);
        }
        return answered;
    }
}
