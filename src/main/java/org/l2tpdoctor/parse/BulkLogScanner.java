package org.l2tpdoctor.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a big file (a syslog of gigabytes) a buffer at a time, never holding more than one
 * buffer and one line. A line that {@link LogRecordHead} finds to be a log record of other topics
 * than ipsec, l2tp or ppp is counted as understood and dropped without being decoded (the cheap
 * pre-filter); of the others only the position is passed on, to be read later by
 * {@link FastLogLine} or, failing that, the log grammar. Every other line is handed on, in runs,
 * to the ordinary section splitter, so prompts, prints and exports inside a big file still work.
 */
final class BulkLogScanner {
    /** Where the lines go. */
    interface Listener {
        /** A run of lines that are not bulk log records, first line numbered {@code firstLine}. */
        void otherLines(int firstLine, List<String> lines);

        /**
         * A bulk log record of an ipsec/l2tp/ppp topic: where it is in the file. It is read later,
         * and only if it is among the most recent ones kept (a busy log holds millions).
         */
        void relevantLogLine(int lineNumber, long offset, int length);

        /** A run of bulk log lines ended: its first line, its length, how many were understood. */
        void logRun(int firstLine, int lines, int understood);
    }

    private static final int BUFFER = 1 << 20;
    private static final int MAX_OTHER_RUN = 20_000;
    private static final int MAX_LINE = 16 << 20;

    private final Listener listener;
    private final Charset charset;
    private final List<String> other = new ArrayList<>();
    private final TopicMemo memo = new TopicMemo();
    private int otherStart;
    private int runStart;
    private int runLines;
    private int runUnderstood;
    /** Byte offset in the file of the buffer's first byte. */
    private long chunkOffset;

    private BulkLogScanner(Listener listener, Charset charset) {
        this.listener = listener;
        this.charset = charset;
    }

    /**
     * Scans bytes [from, to) of the file, which must start at a line start; line numbers then count
     * from 1 at {@code from} (the caller shifts them). Returns how many lines it read.
     */
    static int scanRange(Path file, Charset charset, long from, long to, Listener listener) throws IOException {
        return new BulkLogScanner(listener, charset).run(file, from, to);
    }

    /** Offsets that cut the file into {@code parts} ranges of about equal size at line starts. */
    static long[] cuts(Path file, int parts) throws IOException {
        return cuts(file, parts, 0);
    }

    /**
     * Offsets that cut the file into {@code parts} ranges at line starts, each cut {@code later}
     * bytes after an equal share (so the last range is shorter by that much, the first longer).
     */
    static long[] cuts(Path file, int parts, long later) throws IOException {
        long size = Files.size(file);
        long[] cuts = new long[parts + 1];
        cuts[parts] = size;
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64 * 1024);
            for (int i = 1; i < parts; i++) {
                long at = Math.max(cuts[i - 1], Math.min(size, size * i / parts + later));
                cuts[i] = size;
                while (at < size) {
                    buffer.clear();
                    int n = channel.read(buffer, at);
                    if (n <= 0) {
                        break;
                    }
                    int newline = -1;
                    for (int k = 0; k < n; k++) {
                        if (buffer.get(k) == '\n') {
                            newline = k;
                            break;
                        }
                    }
                    if (newline >= 0) {
                        cuts[i] = at + newline + 1;
                        break;
                    }
                    at += n;
                }
            }
        }
        return cuts;
    }

    private int run(Path file, long from, long to) throws IOException {
        // Lines are found and sorted in one buffer, read straight from the channel: no copy of the
        // text per line or per buffer (a big log would allocate its own size again), and a line
        // cut by the buffer's end is moved to its start before the next read.
        byte[] buffer = new byte[BUFFER];
        int number = 0;
        int filled = 0; // bytes of the buffer that hold file text
        int start = 0; // where the next line starts in the buffer
        boolean truncating = false; // inside a line longer than MAX_LINE, past what was kept of it
        long position = from; // file offset of buffer[filled]
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (from == 0) {
                position = skipByteOrderMark(channel);
            }
            while (true) {
                int read = position < to ? readInto(channel, buffer, filled, (int) Math.min(buffer.length - filled, to - position), position) : -1;
                if (read > 0) {
                    position += read;
                    filled += read;
                }
                boolean atEnd = read <= 0;
                chunkOffset = position - filled;
                int newline;
                while ((newline = nextNewline(buffer, start, filled)) < filled) {
                    if (truncating) {
                        truncating = false; // the end of an over-long line, whose head was passed on
                    } else {
                        line(buffer, start, newline, ++number);
                    }
                    start = newline + 1;
                }
                if (atEnd) {
                    if (start < filled && !truncating) {
                        line(buffer, start, filled, ++number);
                    }
                    break;
                }
                if (truncating) {
                    start = filled; // still inside the over-long line
                } else if (filled - start >= MAX_LINE) {
                    line(buffer, start, start + MAX_LINE, ++number); // its head is kept, the rest skipped
                    truncating = true;
                    start = filled;
                }
                // move the cut line to the front; grow the buffer for a line longer than it
                int rest = filled - start;
                if (start == 0 && rest == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_LINE + BUFFER));
                } else if (start > 0) {
                    System.arraycopy(buffer, start, buffer, 0, rest);
                }
                filled = rest;
                start = 0;
            }
        }
        endLogRun();
        flushOther();
        return number;
    }

    /** Where reading starts: past a UTF-8 byte-order mark, if the file has one. */
    private static long skipByteOrderMark(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(3);
        while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
            // positional reads until three bytes or the end
        }
        return head.position() == 3 && (head.get(0) & 0xff) == 0xEF && (head.get(1) & 0xff) == 0xBB
                && (head.get(2) & 0xff) == 0xBF ? 3 : 0;
    }

    /** Reads up to {@code count} bytes at file offset {@code at} into {@code buffer[offset...]}. */
    private static int readInto(FileChannel channel, byte[] buffer, int offset, int count, long at) throws IOException {
        if (count <= 0) {
            return 0;
        }
        ByteBuffer target = ByteBuffer.wrap(buffer, offset, count);
        while (target.hasRemaining()) {
            if (channel.read(target, at + target.position() - offset) <= 0) {
                break;
            }
        }
        int n = target.position() - offset;
        return n == 0 ? -1 : n;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The index of the next '\n' in [from, to), or {@code to}: eight bytes at a time (a zero byte in
     * {@code word ^ NEWLINES} marks a newline), which the quick compiler the launcher picks turns
     * into a few instructions; it does not make String.indexOf's vector instructions. Two words a
     * turn while sixteen bytes remain: a long firewall line's loop took a fifth less CPU so.
     */
    static int nextNewline(byte[] b, int from, int to) {
        int i = from;
        while (i + 16 <= to) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long y = (long) LONGS.get(b, i + 8) ^ NEWLINES;
            long inX = (x - ONES) & ~x & HIGHS;
            long inY = (y - ONES) & ~y & HIGHS;
            if ((inX | inY) != 0) {
                return inX != 0 ? i + (Long.numberOfTrailingZeros(inX) >>> 3) : i + 8 + (Long.numberOfTrailingZeros(inY) >>> 3);
            }
            i += 16;
        }
        while (i + 8 <= to) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            i += 8;
        }
        while (i < to && b[i] != '\n') {
            i++;
        }
        return i;
    }

    /** One line, [start, end) of {@code bytes} (a '\r' before the newline is dropped). */
    private void line(byte[] bytes, int start, int end, int number) {
        if (end > start && bytes[end - 1] == '\r') {
            end--;
        }
        int topics = LogRecordHead.classify(bytes, start, end, memo);
        if (topics == LogRecordHead.NOT_A_RECORD) {
            endLogRun();
            if (other.isEmpty()) {
                otherStart = number;
            }
            other.add(decode(bytes, start, end));
            if (other.size() >= MAX_OTHER_RUN) {
                flushOther();
            }
            return;
        }
        flushOther();
        if (runLines == 0) {
            runStart = number;
        }
        runLines++;
        runUnderstood++;
        if (topics == LogRecordHead.OURS) {
            listener.relevantLogLine(number, chunkOffset + start, end - start);
        }
    }

    /** The line's text in the file's charset; plain ASCII is read as Latin-1, the same text. */
    private String decode(byte[] bytes, int start, int end) {
        if (charset == StandardCharsets.UTF_8) {
            for (int i = start; i < end; i++) {
                if (bytes[i] < 0) {
                    return new String(bytes, start, end - start, charset);
                }
            }
        }
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private void endLogRun() {
        if (runLines > 0) {
            listener.logRun(runStart, runLines, runUnderstood);
            runLines = 0;
            runUnderstood = 0;
        }
    }

    private void flushOther() {
        if (!other.isEmpty()) {
            listener.otherLines(otherStart, List.copyOf(other));
            other.clear();
        }
    }

    /** UTF-8 when the first megabyte is valid UTF-8, else Latin-1 (which never fails). */
    static Charset charsetOf(Path file) throws IOException {
        if (isAsciiHead(file)) {
            return StandardCharsets.UTF_8; // what decoding it finds, without the decoder's 2 MB of chars
        }
        byte[] head = new byte[BUFFER];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        while (n > 0 && n > head.length - 4 && (head[n - 1] & 0xC0) == 0x80) {
            n--; // do not judge a character cut at the end of the sample
        }
        if (n > 0 && (head[n - 1] & 0xC0) == 0xC0) {
            n--;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(head, 0, n));
            return StandardCharsets.UTF_8;
        } catch (java.nio.charset.CharacterCodingException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    /**
     * Whether the first megabyte holds ASCII alone (every big log of RouterOS's own words): read 64
     * KiB at a time, 32 bytes a turn. Decoding it instead took ~26 ms of a run's start, before the
     * scan's threads start (a cold decoder, its megabyte of chars).
     */
    private static boolean isAsciiHead(Path file) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long at = 0;
            while (at < BUFFER) {
                int n = channel.read(ByteBuffer.wrap(chunk, 0, (int) Math.min(chunk.length, BUFFER - at)), at);
                if (n <= 0) {
                    return true;
                }
                long any = 0;
                int i = 0;
                for (; i + 32 <= n; i += 32) {
                    any |= (long) LONGS.get(chunk, i) | (long) LONGS.get(chunk, i + 8) | (long) LONGS.get(chunk, i + 16)
                            | (long) LONGS.get(chunk, i + 24);
                }
                for (; i < n; i++) {
                    any |= chunk[i];
                }
                if ((any & HIGHS) != 0) {
                    return false;
                }
                at += n;
            }
        }
        return true;
    }
}
