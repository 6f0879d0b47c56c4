package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.l2tpdoctor.SharedFiles;
import org.l2tpdoctor.engine.Pipeline;
import org.l2tpdoctor.collect.Capture;
import org.l2tpdoctor.collect.TextDecoder;
import org.l2tpdoctor.model.ParseWarning;
import org.l2tpdoctor.model.SectionSummary;
import org.l2tpdoctor.model.Snapshot;
import org.l2tpdoctor.report.JsonReport;
import org.l2tpdoctor.report.Style;
import org.l2tpdoctor.report.TextReport;
import org.l2tpdoctor.rules.Diagnosis;
import org.l2tpdoctor.rules.Rule;
import org.l2tpdoctor.rules.RuleLoader;
import org.l2tpdoctor.text.Ansi;
import org.l2tpdoctor.text.Secrets;
import org.l2tpdoctor.text.TerminalWriter;

/**
 * Seeded mutation fuzzing of the corpus (no property-testing library: a fixed seed per file, so a
 * failure names the case that reproduces it). Each case truncates, splices, duplicates lines,
 * injects bytes or swaps line endings, and (issue 17) injects the hostile terminal characters, a
 * huge line, an impossible log stamp or a secret wrapped onto the next line, then runs the whole
 * pipeline to both reports. Asserts: no exception escapes, every line read is either understood
 * or carries its own warning, no raw escape reaches the report, and no planted secret that the
 * masker hides in the input (behind its key, wrapped or not) reaches the text or JSON report.
 *
 * <p>CI runs 80 cases per corpus file; {@code -Dfuzz.cases=100000} runs that many in all (the
 * nightly size: about 40 minutes on a shared 2-core machine), {@code -Dfuzz.progress=FILE} logs
 * each file's result as it finishes, {@code -Dfuzz.seed=N} draws other cases (a long run in
 * chunks), and {@code -Dfuzz.file=NAME -Dfuzz.case=N} replays one case and writes its text to
 * {@code target/fuzz-case.txt}.
 */
class FuzzedCorpusTest {
    static final int CASES_PER_FILE = casesPerFile();
    /**
     * The issue-17 mutators (cases 7-10: hostile characters, huge lines, impossible stamps, planted
     * and wrapped secrets) run by default; -Dfuzz.hostile=false runs the first seven only.
     */
    static final boolean HOSTILE_MUTATORS = !"false".equals(System.getProperty("fuzz.hostile"));
    /** -Dfuzz.progress=FILE appends a line per corpus file (cases, clean or not, seconds): a long run's partial result. */
    private static final String PROGRESS = System.getProperty("fuzz.progress");
    private static final String PLANTED_SECRET = "FUZZ-CANARY-7c1";
    /** The seed of every file's sequence; -Dfuzz.seed=N gives a run of other cases (chunks of a nightly run). */
    private static final long NIGHTLY_SEED = 0x12_7D0C_70_0DL;
    private static final long SEED = Long.getLong("fuzz.seed", NIGHTLY_SEED);
    /** -Dfuzz.file=NAME runs that corpus file only; -Dfuzz.case=N checks its case N only and prints the mutated text. */
    private static final String ONLY_FILE = System.getProperty("fuzz.file");
    private static final int ONLY_CASE = Integer.getInteger("fuzz.case", -1);
    private static final String[] INJECTIONS = {"\u0000", "\u001b", "\u001b[31m", "\"", "\\", "\r", "\t", "=",
        ";;;", "[admin@R1] > /ip ipsec policy print\n", "Flags: X - disabled\n", "# by RouterOS 7.1\n", "\u00e9", "\u202e",
        "\uFFFD", "\\\n", "-- [Q quit|D dump|down]", "\u0007", ">", "<", "time=", "topics=", " 0 ", "Columns: A, B\n"};
    private static final List<Rule> RULES = rules();

    private static List<Rule> rules() {
        try {
            return RuleLoader.fromFolder(Path.of("rules"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** 80 a file, or -Dfuzz.cases spread over the corpus files. */
    private static int casesPerFile() {
        String total = System.getProperty("fuzz.cases");
        if (total == null || total.isBlank()) {
            return 80;
        }
        try (Stream<Path> files = corpusFiles()) {
            long n = files.count();
            return (int) Math.max(1, (Long.parseLong(total.strip()) + n - 1) / n);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Path> corpusFiles() throws IOException {
        return Files.list(SharedFiles.corpus()).filter(p -> !p.toString().endsWith(".md")).sorted();
    }

    static Stream<Path> filesToFuzz() throws IOException {
        return corpusFiles().filter(p -> ONLY_FILE == null || p.getFileName().toString().equals(ONLY_FILE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesToFuzz")
    void mutatedCorpusNeverCrashesAndEveryLineIsAccountedFor(Path file) throws IOException {
        List<Path> all = corpusFiles().toList();
        String original = TextDecoder.decode(Files.readAllBytes(file));
        Random random = new Random(SEED ^ file.getFileName().toString().hashCode());
        long started = System.nanoTime();
        int checked = 0;
        for (int c = 0; c < CASES_PER_FILE; c++) {
            String other = TextDecoder.decode(Files.readAllBytes(all.get(random.nextInt(all.size()))));
            String mutated = mutate(original, other, random);
            String label = file.getFileName() + " case " + c;
            if (ONLY_CASE >= 0 && c != ONLY_CASE) {
                continue;
            }
            if (ONLY_CASE >= 0) {
                Files.writeString(Path.of("target", "fuzz-case.txt"), mutated);
                System.out.println(label + ": mutated text in target/fuzz-case.txt");
            }
            checkCase(mutated, label);
            checked++;
        }
        progress(file.getFileName() + ": " + checked + " cases clean in "
                + (System.nanoTime() - started) / 1_000_000_000 + " s");
    }

    /**
     * Cases the 100,000-case run (-Dfuzz.cases=100000, 2,273 a file) found, replayed at every
     * build: a planted secret in a warning's reason in the JSON report (v7-log-ipsec-04 case 1890),
     * and a command read in part counted twice (the two v6 exports).
     */
    @ParameterizedTest(name = "{0} case {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "v7-log-ipsec-04.txt, 1890", "v6-export-l2tp-02.rsc, 610", "v6-export-l2tp-client-01.rsc, 751"})
    void casesTheNightlyRunFoundStayFixed(String name, int wanted) throws IOException {
        // the nightly run's cases are drawn with the hostile mutators on
        org.junit.jupiter.api.Assumptions.assumeTrue(HOSTILE_MUTATORS);
        List<Path> all = corpusFiles().toList();
        Path file = SharedFiles.corpus().resolve(name);
        String original = TextDecoder.decode(Files.readAllBytes(file));
        Random random = new Random(NIGHTLY_SEED ^ name.hashCode());
        for (int c = 0; c <= wanted; c++) {
            String other = TextDecoder.decode(Files.readAllBytes(all.get(random.nextInt(all.size()))));
            String mutated = mutate(original, other, random);
            if (c == wanted) {
                checkCase(mutated, name + " case " + c);
            }
        }
    }

    /** One mutated text through the whole pipeline and both reports: no crash, every line counted, nothing secret or raw shown. */
    private static void checkCase(String mutated, String label) {
        Snapshot s = Pipeline.parse(List.of(new Capture("fuzz", null, mutated)));
        assertEveryLineAccountedFor(s, label);
        Diagnosis d = Pipeline.diagnose(s, RULES);
        StringWriter text = new StringWriter();
        // through the boundary every output of the tool passes (Io wraps its streams so), as a user sees it
        PrintWriter shown = TerminalWriter.printWriter(text, false);
        new TextReport(new Style(false), true).render(d, shown);
        shown.flush();
        StringWriter json = new StringWriter();
        new JsonReport().render(d, 0, new PrintWriter(json));
        assertThat(text.toString()).as(label).doesNotContain("\u001b").doesNotContain("\u0000");
        if (mutated.contains(PLANTED_SECRET) && !Secrets.text(Ansi.strip(mutated)).contains(PLANTED_SECRET)) {
            // the masker hides every planted secret the mutations left behind a secret key (in
            // the whole text, wrapped values included): no step of the pipeline may show one
            assertThat(text.toString()).as(label).doesNotContain(PLANTED_SECRET);
            assertThat(json.toString()).as(label + " (json)").doesNotContain(PLANTED_SECRET);
        }
    }

    private static void progress(String line) throws IOException {
        if (PROGRESS != null) {
            Files.writeString(Path.of(PROGRESS), java.time.Instant.now() + " " + line + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private static void assertEveryLineAccountedFor(Snapshot s, String label) {
        for (SectionSummary sec : s.sections()) {
            int from = sec.origin().line();
            int to = from + sec.lines();
            // a line may carry two warnings (cut at 16 KiB, then not understood): count lines, not warnings
            long warned = s.warnings().stream().map(ParseWarning::origin)
                    .filter(o -> o.line() >= from && o.line() < to).map(o -> o.line()).distinct().count();
            // a line read in part is both understood and warned: cut at 16 KiB, or the start of a
            // command whose continuation lines ran past 16 KiB (v6-export-l2tp-02 case 610 and
            // v6-export-l2tp-client-01 case 751 of the 100,000-case run: a continued line of 18,308
            // and 32,280 characters)
            long cut = s.warnings().stream()
                    .filter(w -> w.reason().startsWith("a line of ") || w.reason().startsWith("a command continued over "))
                    .filter(w -> w.origin().line() >= from && w.origin().line() < to).count();
            assertThat(sec.understood() + warned - cut).as(label + " section at line " + from + " (" + sec.kind() + ")")
                    .isLessThanOrEqualTo(sec.lines());
            assertThat(sec.understood() + warned).as(label + " section at line " + from + " (" + sec.kind() + ")")
                    .isGreaterThanOrEqualTo(sec.lines());
        }
    }

    static String mutate(String text, String other, Random r) {
        String out = text;
        int steps = 1 + r.nextInt(3);
        for (int i = 0; i < steps; i++) {
            out = switch (r.nextInt(HOSTILE_MUTATORS ? 11 : 7)) {
                case 0 -> out.isEmpty() ? out : out.substring(0, r.nextInt(out.length() + 1));
                case 1 -> splice(out, other, r);
                case 2 -> duplicateLines(out, r);
                case 3 -> inject(out, INJECTIONS[r.nextInt(INJECTIONS.length)], r);
                case 4 -> r.nextBoolean() ? out.replace("\n", "\r\n") : out.replace("\r\n", "\n").replace("\n", "\r");
                case 5 -> deleteRange(out, r);
                case 7 -> inject(out, HOSTILE[r.nextInt(HOSTILE.length)], r);
                case 8 -> inject(out, "\n" + (r.nextBoolean() ? "x" : "[ ").repeat(8_000 + r.nextInt(12_000)) + "\n", r);
                case 9 -> impossibleStamp(out, r);
                case 10 -> inject(out, PLANTED[r.nextInt(PLANTED.length)], r);
                default -> inject(out, String.valueOf((char) r.nextInt(0x2100)), r);
            };
        }
        return out;
    }

    /**
     * Secrets planted inline and wrapped onto a line of their own: after "password=" at a line's
     * end, after an export's "\\" continuation, the rest of a quoted value cut open by a line break.
     */
    private static final String[] PLANTED = {
        "\n 0   name=\"u\" service=l2tp password=\"" + PLANTED_SECRET + "\" secret=" + PLANTED_SECRET + "\n",
        "\n 0   name=\"u\" service=l2tp password=\n     " + PLANTED_SECRET + " profile=default\n",
        "\n 1   name=\"u\" service=l2tp caller-id=\"\" password=\"a-long-secret-that-wraps-\n     " + PLANTED_SECRET
                + "\" profile=default\n",
        "\nadd name=u service=l2tp password=\\\n    " + PLANTED_SECRET + "\n",
        "\n/ip ipsec identity\nadd peer=rw secret=\\\n    \"" + PLANTED_SECRET + "\"\n"};

    /** The hostile characters one at a time and as the sequences a terminal acts on. */
    private static final String[] HOSTILE = {"\u001bc", "\u001b(0", "\u001b7", "\u001b]0;owned\u0007", "\u0008",
        "\u007f", "\u009b", "\u202e", "\u2066", "\u200b", "\ufeff", "\u001b[2J", org.l2tpdoctor.collect.demo.HostileText.CHARACTERS};
    private static final String[] IMPOSSIBLE_STAMPS = {"2026-13-40 25:61:61", "feb/31 24:00:00", "foo/12 99:99:99",
        "2026-02-30 00:00:00", "dec/00/2026 12:00:00", "0000-00-00 00:00:00"};

    /** A log stamp replaced by one no clock shows (month 13, February 31st...). */
    private static String impossibleStamp(String text, Random r) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}|[a-z]{3}/\\d{2}(?:/\\d{4})? \\d{2}:\\d{2}:\\d{2}")
                .matcher(text);
        List<int[]> at = new ArrayList<>();
        while (m.find() && at.size() < 1000) {
            at.add(new int[] {m.start(), m.end()});
        }
        if (at.isEmpty()) {
            return inject(text, "\n" + IMPOSSIBLE_STAMPS[r.nextInt(IMPOSSIBLE_STAMPS.length)] + " ipsec,info phase1 negotiation failed\n", r);
        }
        int[] one = at.get(r.nextInt(at.size()));
        return text.substring(0, one[0]) + IMPOSSIBLE_STAMPS[r.nextInt(IMPOSSIBLE_STAMPS.length)] + text.substring(one[1]);
    }

    private static String splice(String a, String b, Random r) {
        int at = r.nextInt(a.length() + 1);
        int from = r.nextInt(b.length() + 1);
        return a.substring(0, at) + b.substring(from) ;
    }

    private static String duplicateLines(String text, Random r) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = r.nextInt(lines.size());
        int n = 1 + r.nextInt(Math.min(5, lines.size() - at));
        lines.addAll(at, new ArrayList<>(lines.subList(at, at + n)));
        return String.join("\n", lines);
    }

    private static String inject(String text, String what, Random r) {
        int at = r.nextInt(text.length() + 1);
        return text.substring(0, at) + what + text.substring(at);
    }

    private static String deleteRange(String text, Random r) {
        if (text.isEmpty()) {
            return text;
        }
        int at = r.nextInt(text.length());
        return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + r.nextInt(40)));
    }
}
