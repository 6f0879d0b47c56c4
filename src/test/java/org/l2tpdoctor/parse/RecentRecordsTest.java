package org.l2tpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's records read back are the bytes the scan placed, however close or far apart they
 * lie: records read a block at a time, one by one when far apart, longer than a block, or at the
 * end of a file that shrank since.
 */
class RecentRecordsTest {
    @TempDir
    Path tmp;

    /** A file of lines, some of them records; each record's line number, offset and text. */
    private record Line(int number, long offset, String text) {
    }

    @Test
    void recordsDenseSparseAndLongerThanABlockReadBackAsTheyAre() throws IOException {
        Random random = new Random(18);
        for (int round = 0; round < 20; round++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            List<Line> records = new ArrayList<>();
            int lines = 200 + random.nextInt(3000);
            int longOne = random.nextInt(lines) + 1; // one line longer than a block
            double dense = random.nextDouble();
            for (int n = 1; n <= lines; n++) {
                String text = line(random, n, n == longOne ? RecentRecords.BLOCK + random.nextInt(1000) : 10 + random.nextInt(200));
                if (random.nextDouble() < dense) {
                    records.add(new Line(n, bytes.size(), text));
                }
                bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
                if (random.nextInt(50) == 0) {
                    bytes.writeBytes(new byte[RecentRecords.GAP + random.nextInt(3) - 1]); // a gap about the limit
                }
                bytes.write('\n');
            }
            Path file = tmp.resolve("r" + round + ".log");
            Files.write(file, bytes.toByteArray());
            int capacity = 1 + random.nextInt(records.size() + 10);
            RecentRecords recent = new RecentRecords(capacity);
            records.forEach(r -> recent.add(r.number(), r.offset(), r.text().getBytes(StandardCharsets.UTF_8).length));
            int newest = 1 + random.nextInt(capacity + 5);

            int kept = Math.min(Math.min(capacity, records.size()), newest);
            List<RecentRecords.Record> expected = records.subList(records.size() - kept, records.size()).stream()
                    .map(r -> new RecentRecords.Record(r.number(), r.text())).toList();
            assertThat(recent.read(file, StandardCharsets.UTF_8, newest)).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void aFileThatShrankSinceTheScanGivesWhatIsLeft() throws IOException {
        Path file = tmp.resolve("shrank.log");
        Files.writeString(file, "first record\nsecond record\n");
        RecentRecords recent = new RecentRecords(10);
        recent.add(1, 0, 12);
        recent.add(2, 13, 13);
        Files.writeString(file, "first record\nsecond");
        assertThat(recent.read(file, StandardCharsets.UTF_8, 10))
                .containsExactly(new RecentRecords.Record(1, "first record"), new RecentRecords.Record(2, "second"));
    }

    private static String line(Random random, int n, int length) {
        StringBuilder s = new StringBuilder("line " + n + " ");
        while (s.length() < length) {
            s.append(random.nextInt(10) == 0 ? "é" : String.valueOf((char) ('a' + random.nextInt(26))));
        }
        return s.toString();
    }
}
