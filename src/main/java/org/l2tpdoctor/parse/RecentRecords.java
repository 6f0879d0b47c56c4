package org.l2tpdoctor.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the most recent ipsec/l2tp/ppp records of a big file are: a ring of (offset, length, line)
 * of fixed size, so that a log of millions of records is read twice only for the records kept.
 */
final class RecentRecords {
    /** One record read back from the file. */
    record Record(int line, String text) {
    }

    private final long[] offsets;
    private final int[] lengths;
    private final int[] lines;
    private long count;

    RecentRecords(int capacity) {
        offsets = new long[Math.max(1, capacity)];
        lengths = new int[offsets.length];
        lines = new int[offsets.length];
    }

    void add(int line, long offset, int length) {
        int slot = (int) (count % offsets.length);
        offsets[slot] = offset;
        lengths[slot] = length;
        lines[slot] = line;
        count++;
    }

    long count() {
        return count;
    }

    /** How many are kept: the most recent, up to the capacity. */
    int kept() {
        return (int) Math.min(count, offsets.length);
    }

    /** The newest {@code newest} of the kept records, oldest first, read from the file in its charset. */
    List<Record> read(Path file, Charset charset, int newest) throws IOException {
        int kept = Math.min(kept(), newest);
        List<Record> out = new ArrayList<>(kept);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            for (long i = count - kept; i < count; i++) {
                int slot = (int) (i % offsets.length);
                if (buffer.capacity() < lengths[slot]) {
                    buffer = ByteBuffer.allocate(lengths[slot]);
                }
                buffer.clear().limit(lengths[slot]);
                long position = offsets[slot];
                while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
                    // positional reads until the record is complete
                }
                out.add(new Record(lines[slot], new String(buffer.array(), 0, buffer.position(), charset)));
            }
        }
        return out;
    }
}
