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

    /** Records closer than this are read in one read with the bytes between them (a read costs about as much). */
    static final int GAP = 16 << 10;
    /** The most one read takes in, unless one record is longer. */
    static final int BLOCK = 1 << 20;

    /**
     * The newest {@code newest} of the kept records, oldest first, read from the file in its charset.
     * Records that lie close together (the window of a busy log) are read a block at a time rather
     * than one read each: 20,000 reads of a line cost 60-70 ms of CPU, a few megabytes in blocks a
     * tenth of that. Records far apart are still read one by one, so a sparse window never reads
     * the file between them.
     */
    List<Record> read(Path file, Charset charset, int newest) throws IOException {
        int kept = Math.min(kept(), newest);
        List<Record> out = new ArrayList<>(kept);
        if (kept == 0) {
            return out;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] block = new byte[4096];
            long blockStart = 0;
            int blockLength = 0; // the file's bytes [blockStart, blockStart + blockLength) are in block
            for (long i = count - kept; i < count; i++) {
                int slot = slot(i);
                long at = offsets[slot];
                int length = lengths[slot];
                if (at < blockStart || at + length > blockStart + blockLength) {
                    long until = at + length; // this record, and those that follow closely, up to a block
                    for (long j = i + 1; j < count; j++) {
                        int next = slot(j);
                        long end = offsets[next] + lengths[next];
                        if (offsets[next] - until > GAP || end - at > BLOCK) {
                            break;
                        }
                        until = end;
                    }
                    int wanted = (int) (until - at);
                    if (block.length < wanted) {
                        block = new byte[Math.max(wanted, Math.min(BLOCK, 2 * block.length))];
                    }
                    blockStart = at;
                    blockLength = readFully(channel, block, wanted, at);
                }
                int text = (int) Math.max(0, Math.min(length, blockStart + blockLength - at)); // less if the file shrank
                out.add(new Record(lines[slot], new String(block, (int) (at - blockStart), text, charset)));
            }
        }
        return out;
    }

    private int slot(long i) {
        return (int) (i % offsets.length);
    }

    /** Reads {@code count} bytes at file offset {@code at} into {@code block}; fewer at the file's end. */
    private static int readFully(FileChannel channel, byte[] block, int count, long at) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(block, 0, count);
        while (target.hasRemaining() && channel.read(target, at + target.position()) > 0) {
            // positional reads until the block is complete
        }
        return target.position();
    }
}
