package org.l2tpdoctor.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a big file (a syslog of gigabytes) a buffer at a time, never holding more than one
 * line. A line that starts with a log stamp is a log record: if its topics are not ipsec, l2tp or
 * ppp it is counted as understood and dropped without being decoded (the cheap pre-filter), else
 * it is read by {@link FastLogLine} or, failing that, the log grammar. Every other line is handed
 * on, in runs, to the ordinary section splitter, so prompts, prints and exports inside a big file
 * still work.
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
    private final Bytes view = new Bytes();
    private int otherStart;
    private int runStart;
    private int runLines;
    private int runUnderstood;
    /** Byte offset in the file of the current buffer (or of the carried line). */
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

    /** Offsets that cut the file into {@code parts} ranges at line starts. */
    static long[] cuts(Path file, int parts) throws IOException {
        long size = Files.size(file);
        long[] cuts = new long[parts + 1];
        cuts[parts] = size;
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64 * 1024);
            for (int i = 1; i < parts; i++) {
                long at = Math.max(cuts[i - 1], size * i / parts);
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
        byte[] buffer = new byte[BUFFER];
        byte[] carry = new byte[4096];
        int carried = 0;
        int number = 0;
        long position = from;
        long carryOffset = 0;
        boolean first = from == 0;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(from);
            int read;
            while (position < to
                    && (read = in.readNBytes(buffer, 0, (int) Math.min(BUFFER, to - position))) > 0) {
                long bufferOffset = position;
                position += read;
                int start = 0;
                if (first && read >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB
                        && (buffer[2] & 0xff) == 0xBF) {
                    start = 3;
                }
                first = false;
                // a Latin-1 view of the buffer: String.indexOf finds line ends with vector instructions,
                // several times faster than a loop over the bytes
                String chunk = new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
                int newline;
                while ((newline = chunk.indexOf('\n', start)) >= 0) {
                    number++;
                    if (carried == 0) {
                        chunkOffset = bufferOffset;
                        line(chunk, buffer, start, newline, number);
                    } else {
                        carry = append(carry, carried, buffer, start, newline - start);
                        int length = Math.min(MAX_LINE, carried + newline - start);
                        chunkOffset = carryOffset;
                        line(new String(carry, 0, length, StandardCharsets.ISO_8859_1), carry, 0, length, number);
                        carried = 0;
                    }
                    start = newline + 1;
                }
                if (start < read) {
                    if (carried == 0) {
                        carryOffset = bufferOffset + start;
                    }
                    if (carried + read - start <= MAX_LINE) {
                        carry = append(carry, carried, buffer, start, read - start);
                        carried += read - start;
                    }
                }
            }
        }
        if (carried > 0) {
            chunkOffset = carryOffset;
            line(new String(carry, 0, carried, StandardCharsets.ISO_8859_1), carry, 0, carried, ++number);
        }
        endLogRun();
        flushOther();
        return number;
    }

    private static byte[] append(byte[] line, int length, byte[] from, int offset, int count) {
        byte[] target = line;
        if (length + count > target.length) {
            target = java.util.Arrays.copyOf(line, Math.max(length + count, target.length * 2));
        }
        System.arraycopy(from, offset, target, length, count);
        return target;
    }

    /** One line: {@code text} is the Latin-1 view of {@code bytes}; the line is [start, end) of both. */
    private void line(String text, byte[] bytes, int start, int end, int number) {
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        view.reset(bytes);
        int topics = logTopics(bytes, view, start, end);
        if (topics == -1) {
            endLogRun();
            if (other.isEmpty()) {
                otherStart = number;
            }
            other.add(decode(text, bytes, start, end));
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
        if (topics == 1) { // 0: a well-formed record of a topic the diagnosis does not read
            listener.relevantLogLine(number, chunkOffset + start, end - start);
        }
    }

    /** The line's text in the file's charset; plain ASCII is the Latin-1 view already. */
    private String decode(String text, byte[] bytes, int start, int end) {
        if (charset == StandardCharsets.UTF_8) {
            for (int i = start; i < end; i++) {
                if (bytes[i] < 0) {
                    return new String(bytes, start, end - start, charset);
                }
            }
        }
        return text.substring(start, end);
    }

    /**
     * -1: not a log record; 0: a log record of other topics; 1: an ipsec/l2tp/ppp record (or a
     * stamped line whose topics cannot be told apart cheaply: the grammar reads it). Runs on every
     * line of a big log, so it reads the bytes directly rather than through a CharSequence.
     */
    private static int logTopics(byte[] b, Bytes view, int start, int end) {
        int i = start;
        while (i < end && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        int stampEnd = LogStamps.isoEnd(b, i, end);
        if (stampEnd < 0) {
            stampEnd = LogStamps.end(view, i);
        }
        if (stampEnd < 0 || stampEnd >= end || b[stampEnd] != ' ') {
            return -1;
        }
        int word = stampEnd;
        for (int w = 0; w < 2; w++) {
            while (word < end && b[word] == ' ') {
                word++;
            }
            // one pass over the word: is it a topic list (lower-case names and commas), and does it
            // name one of ours
            int wordEnd = word;
            int name = word;
            boolean topicChars = true;
            boolean comma = false;
            boolean ours = false;
            byte c;
            while (wordEnd < end && (c = b[wordEnd]) != ' ') {
                if (c == ',') {
                    comma = true;
                    ours |= isOurTopic(b, name, wordEnd);
                    name = wordEnd + 1;
                } else {
                    topicChars &= TOPIC_CHAR[c & 0xff];
                }
                wordEnd++;
            }
            if (topicChars && comma) {
                return ours || isOurTopic(b, name, wordEnd) ? 1 : 0;
            }
            word = wordEnd;
        }
        return 1;
    }

    /** Characters of a topic name: a-z, 0-9, '-' and '!' (as in {@code !debug}). */
    private static final boolean[] TOPIC_CHAR = new boolean[256];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            TOPIC_CHAR[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            TOPIC_CHAR[c] = true;
        }
        TOPIC_CHAR['-'] = true;
        TOPIC_CHAR['!'] = true;
    }


    /** Whether the topic name [from, to) is ipsec, l2tp or ppp (topics are whole names). */
    private static boolean isOurTopic(byte[] b, int from, int to) {
        return switch (to - from) {
            case 5 -> b[from] == 'i' && b[from + 1] == 'p' && b[from + 2] == 's' && b[from + 3] == 'e' && b[from + 4] == 'c';
            case 4 -> b[from] == 'l' && b[from + 1] == '2' && b[from + 2] == 't' && b[from + 3] == 'p';
            case 3 -> b[from] == 'p' && b[from + 1] == 'p' && b[from + 2] == 'p';
            default -> false;
        };
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

    /** The buffer's bytes seen as ASCII characters, for the stamp and topic checks of every line. */
    static final class Bytes implements CharSequence {
        private byte[] bytes;

        void reset(byte[] b) {
            bytes = b;
        }

        @Override
        public int length() {
            return bytes.length;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return subSequence(0, bytes.length).toString();
        }
    }
}
