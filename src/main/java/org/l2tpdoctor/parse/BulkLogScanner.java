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

        /** A bulk log line of an ipsec/l2tp/ppp topic, decoded; false if it could not be read. */
        boolean relevantLogLine(int lineNumber, String line);

        /** A run of bulk log lines ended: its first line, its length, how many were understood. */
        void logRun(int firstLine, int lines, int understood);
    }

    private static final int BUFFER = 1 << 20;
    private static final int MAX_OTHER_RUN = 20_000;
    private static final int MAX_LINE = 16 << 20;
    private static final byte[][] RELEVANT = {"ipsec".getBytes(StandardCharsets.US_ASCII),
        "l2tp".getBytes(StandardCharsets.US_ASCII), "ppp".getBytes(StandardCharsets.US_ASCII)};

    private final Listener listener;
    private final Charset charset;
    private final AsciiView view = new AsciiView();
    private final List<String> other = new ArrayList<>();
    private int otherStart;
    private int runStart;
    private int runLines;
    private int runUnderstood;

    private BulkLogScanner(Listener listener, Charset charset) {
        this.listener = listener;
        this.charset = charset;
    }

    static void scan(Path file, Listener listener) throws IOException {
        new BulkLogScanner(listener, sniffCharset(file)).run(file);
    }

    private void run(Path file) throws IOException {
        byte[] buffer = new byte[BUFFER];
        byte[] line = new byte[4096];
        int lineLength = 0;
        int number = 0;
        boolean skipBom = true;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                int start = 0;
                if (skipBom && read >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
                    start = 3;
                }
                skipBom = false;
                for (int i = start; i < read; i++) {
                    if (buffer[i] != '\n') {
                        continue;
                    }
                    number++;
                    if (lineLength == 0) {
                        line(buffer, start, i - start, number);
                    } else {
                        line = append(line, lineLength, buffer, start, i - start);
                        line(line, 0, Math.min(MAX_LINE, lineLength + i - start), number);
                        lineLength = 0;
                    }
                    start = i + 1;
                }
                if (start < read) {
                    if (lineLength + read - start <= MAX_LINE) {
                        line = append(line, lineLength, buffer, start, read - start);
                    }
                    lineLength = Math.min(MAX_LINE, lineLength + read - start);
                }
            }
        }
        if (lineLength > 0) {
            line(line, 0, lineLength, ++number);
        }
        endLogRun();
        flushOther();
    }

    private static byte[] append(byte[] line, int length, byte[] from, int offset, int count) {
        byte[] target = line;
        if (length + count > target.length) {
            target = java.util.Arrays.copyOf(line, Math.max(length + count, target.length * 2));
        }
        System.arraycopy(from, offset, target, length, count);
        return target;
    }

    /** One line, without its '\n' (a trailing '\r' is dropped). */
    private void line(byte[] bytes, int offset, int length, int number) {
        if (length > 0 && bytes[offset + length - 1] == '\r') {
            length--;
        }
        int topics = logTopics(bytes, offset, length);
        if (topics == -1) {
            endLogRun();
            if (other.isEmpty()) {
                otherStart = number;
            }
            other.add(new String(bytes, offset, length, charset));
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
        if (topics == 0) {
            runUnderstood++; // a well-formed record of a topic the diagnosis does not read
            return;
        }
        if (listener.relevantLogLine(number, new String(bytes, offset, length, charset))) {
            runUnderstood++;
        }
    }

    /**
     * -1: not a log record; 0: a log record of other topics; 1: an ipsec/l2tp/ppp record (or a
     * stamped line whose topics cannot be told apart cheaply: the grammar reads it).
     */
    private int logTopics(byte[] bytes, int offset, int length) {
        view.reset(bytes, offset, length);
        int i = 0;
        while (i < length && (bytes[offset + i] == ' ' || bytes[offset + i] == '\t')) {
            i++;
        }
        int stampEnd = LogStamps.end(view, i);
        if (stampEnd < 0 || stampEnd >= length || bytes[offset + stampEnd] != ' ') {
            return -1;
        }
        int word = stampEnd;
        for (int w = 0; w < 2; w++) {
            while (word < length && bytes[offset + word] == ' ') {
                word++;
            }
            int end = word;
            boolean topicChars = true;
            boolean comma = false;
            while (end < length && bytes[offset + end] != ' ') {
                byte b = bytes[offset + end];
                comma |= b == ',';
                topicChars &= b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == ',' || b == '-' || b == '!';
                end++;
            }
            if (topicChars && comma) {
                return contains(bytes, offset + word, end - word) ? 1 : 0;
            }
            word = end;
        }
        return 1;
    }

    private static boolean contains(byte[] bytes, int offset, int length) {
        for (byte[] needle : RELEVANT) {
            outer:
            for (int i = offset; i <= offset + length - needle.length; i++) {
                for (int k = 0; k < needle.length; k++) {
                    if (bytes[i + k] != needle[k]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
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
    private static Charset sniffCharset(Path file) throws IOException {
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

    /** A byte range seen as ASCII characters, reused for every line. */
    private static final class AsciiView implements CharSequence {
        private byte[] bytes;
        private int offset;
        private int length;

        void reset(byte[] b, int o, int l) {
            bytes = b;
            offset = o;
            length = l;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[offset + index] & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, offset + start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return subSequence(0, length).toString();
        }
    }
}
