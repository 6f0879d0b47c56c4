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
    private static final String NOISE = " \t,:-/=1aJ\"\\tm";

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
            "jan/02/1970 00:41:37 system,info router rebooted", "2026-09-18 09:54:41 echo: ipsec,info x",
            // a receiver's host before the topics: rsyslog, RFC 3339, a collector's CSV
            "Dec  6 09:32:30 10.120.127.1 ipsec,info respond new phase 1 198.51.100.7[500]",
            "Sep 18 15:29:12 MikroTik l2tp,ppp,info,account anna logged in, 10.0.0.5",
            "2026-09-18T15:29:12.734011+01:00 192.0.2.1 ipsec,error phase1 negotiation failed.",
            "2026-12-01T00:00:07.000Z router-1 ipsec,info ISAKMP-SA established",
            "\"2026-09-18T15:29:12.000Z\",\"192.0.2.1\",\"ipsec,error phase1 negotiation failed due to time up\"",
            "\"2026-09-18T15:29:12.000Z\",\"192.0.2.1\",\"l2tp,info say \"\"hi\"\" secret=abc\""};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder(base[r.nextInt(base.length)]);
            for (int k = r.nextInt(3); k > 0; k--) {
                int at = r.nextInt(s.length() + 1);
                s.insert(at, " \t,:-T<>1aZ\".D#=".charAt(r.nextInt(16)));
            }
            lines.add(s.toString());
        }
        assertAgreement(lines);
    }

    @Test
    void readsTheDetailRecordsCheckCollectsAsTheGrammarDoes() {
        // what '/log print detail' answers to every check of every router of a fleet
        String[] base = {" time=2026-09-18 11:01:52 topics=ipsec,info message=\"respond new phase 1 (Identity Protection): "
                + "198.51.100.10[500]<=>203.0.113.25[500]\"",
            " time=jul/19 14:27:01 topics=l2tp,ppp,info,account message=\"alice logged in, 10.10.10.11 from 203.0.113.25\"",
            "time=jul/19/2026 4:27:01 topics=script,info message=done", "   time=11:01:55 topics=l2tp,info message=\"a \\\"b\\\" c\"  ",
            " time=2026-09-18 11:01:52 topics=system,info message=\"password=x\""};
        for (String line : base) {
            assertThat(LogExtractor.fastPath(line, ORIGIN)).as(line).isNotNull();
        }
        List<String> lines = TestLines.mutated(16, 20_000, NOISE, base);
        assertThat(assertAgreement(lines)).isGreaterThan(5_000);
    }

    @Test
    void agreesWithTheGrammarInEveryEnvelopeOfTheLogForms() throws IOException {
        List<String> records = new ArrayList<>();
        for (String name : List.of("v7-log-ipsec-01.txt", "v7-log-l2tp-ipsec-02.txt")) {
            Files.readAllLines(SharedFiles.corpus().resolve(name)).stream().map(String::strip)
                    .filter(l -> l.startsWith("2026-")).forEach(records::add);
        }
        List<String> lines = new ArrayList<>();
        for (String r : records) {
            String clock = r.substring(11, 19);
            String rest = r.substring("2026-09-18 15:29:12 ".length());
            lines.add("Sep 18 " + clock + " 192.0.2.1 " + rest);
            lines.add("Sep  8 " + clock + " MikroTik " + rest);
            lines.add("2026-09-18T" + clock + ".734011+01:00 192.0.2.1 " + rest);
            lines.add("<30>Sep 18 " + clock + " 192.0.2.1 " + rest);
            lines.add(r.substring(0, 19) + "\tLocal7.Info\t192.0.2.1\t" + rest);
            lines.add("\"2026-09-18T" + clock + ".000Z\",\"192.0.2.1\",\"" + rest.replace("\"", "\"\"") + "\"");
            lines.add("Sep 18 " + clock + " memory " + rest);
            lines.add("Sep 18 " + clock + " 12345 " + rest);
            lines.add("Sep 18 " + clock + " router " + rest.replaceFirst(" .*", ""));
        }
        int answered = assertAgreement(lines);
        assertThat(answered).as("rsyslog, RFC 3339 and CSV records are read by the fast path").isEqualTo(records.size() * 4);
    }

    private static int assertAgreement(List<String> lines) {
        LogExtractor grammar = new LogExtractor();
        int answered = 0;
        for (String line : lines) {
            LogEvent fast = LogExtractor.fastPath(line, ORIGIN);
            if (fast == null) {
                continue;
            }
            answered++;
            assertThat(grammar.withGrammar(line, ORIGIN, false)).as(line).contains(fast);
        }
        return answered;
    }
}
