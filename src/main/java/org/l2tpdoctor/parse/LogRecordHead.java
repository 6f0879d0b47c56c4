package org.l2tpdoctor.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Tells from a line's first bytes, without decoding it, whether it is a log record and whether
 * its topics are ones the diagnosis reads. It runs on every line of a big log, so it reads bytes
 * by position: a stamp in any of the forms the log grammar reads (ISO, RFC 3339, {@code jul/19},
 * {@code Sep/18/2026}, BSD syslog {@code Dec  6}, a bare clock; after blanks, a syslog
 * {@code <PRI>} or a CSV collector's opening quote), then the first topic list among the next
 * words, as {@link LogExtractor} picks it (a syslog host, tag or facility may stand before it).
 *
 * <p>It answers {@link #OTHER} only when it is sure: the first topic list names none of ipsec,
 * l2tp and ppp. Whatever it cannot tell cheaply is {@link #OURS}, and the grammar reads it later.
 */
final class LogRecordHead {
    /** Not a log record: the section splitter reads it. */
    static final int NOT_A_RECORD = -1;
    /** A log record of topics the diagnosis does not read. */
    static final int OTHER = 0;
    /** A log record of ipsec, l2tp or ppp, or one the grammar must read to tell. */
    static final int OURS = 1;

    /** The first words after the stamp where the grammar looks for the topic list. */
    private static final int WORDS = 6;

    private LogRecordHead() {
    }

    /** What the line [start, end) of {@code b} is. */
    static int classify(byte[] b, int start, int end) {
        return classify(b, start, end, null);
    }

    /**
     * What the line [start, end) of {@code b} is, the topic words answered from {@code memo} (may be
     * null) when they are byte for byte those of a line read before.
     */
    static int classify(byte[] b, int start, int end, TopicMemo memo) {
        int i = start;
        while (i < end && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        // LogStamps.isoEnd's "yyyy-mm-dd HH:MM:SS ", tested a word of eight bytes at a time
        int iso = i + 20 <= end && b[i + 10] == ' ' && b[i + 19] == ' ' && isoShape(b, i) ? i + 19 : -1;
        if (iso > 0) {
            return topics(b, iso, end, false, memo); // the form of nearly every line of a big log, checked first
        }
        if (i < end && b[i] == '<') {
            i = afterPriority(b, i, end);
        }
        boolean csv = i < end && b[i] == '"';
        if (csv) {
            i++;
        }
        int stampEnd = stampEnd(b, i, end);
        if (stampEnd < 0 || stampEnd >= end) {
            return NOT_A_RECORD;
        }
        byte after = b[stampEnd];
        if (after != ' ' && after != '\t' && !(csv && after == '"')) {
            return NOT_A_RECORD;
        }
        return topics(b, stampEnd, end, csv, memo);
    }

    /** Past a syslog priority such as {@code <30>}; where it started if it is none. */
    private static int afterPriority(byte[] b, int i, int end) {
        int j = i + 1;
        while (j < end && j < i + 5 && isDigit(b[j])) {
            j++;
        }
        return j > i + 1 && j < end && b[j] == '>' ? j + 1 : i;
    }

    /**
     * The first topic list among the words after the stamp decides; "echo:" ends the search, as
     * in {@link LogExtractor}; a word it cannot place leaves the line to the grammar.
     */
    static int topics(byte[] b, int from, int end, boolean csv) {
        return decide(b, from, end, csv) & 1;
    }

    /** {@link #topics}, answered from {@code memo} (if not null) when it holds the same words. */
    static int topics(byte[] b, int from, int end, boolean csv, TopicMemo memo) {
        if (memo == null) {
            return topics(b, from, end, csv);
        }
        int known = memo.find(b, from, end, csv);
        if (known >= 0) {
            return known;
        }
        int decided = decide(b, from, end, csv);
        if (decided > 1) {
            memo.put(b, from, decided >>> 1, csv, decided & 1);
        }
        return decided & 1;
    }

    /**
     * The reading of {@link #topics} in bit 0 and, in the bits above it, how many bytes from
     * {@code from} on it depended on, when it stopped before the line's end (else 0): a line
     * with the same bytes there and at least as long is read the same.
     */
    private static int decide(byte[] b, int from, int end, boolean csv) {
        int word = from;
        for (int w = 0; w < WORDS; w++) {
            while (word < end && (b[word] == ' ' || b[word] == '\t' || csv && isCsvBreak(b, word, end))) {
                word++;
            }
            if (word >= end) {
                return OURS;
            }
            byte first = b[word];
            if (first < 'a' || first > 'z') {
                // No topic list starts so (a syslog host such as 10.1.2.3, a tag): only a name of ours
                // before a comma could make it count, so a word without a comma is passed over with
                // a shorter loop (a fifth of a syslog line's classify was this word, char by char)
                int stop = word;
                byte c;
                while (stop < end && (c = b[stop]) != ' ' && c != '\t' && c != ',' && !(csv && c == '"')) {
                    stop++;
                }
                if (stop >= end || b[stop] != ',') {
                    word = stop;
                    continue;
                }
            }
            int wordEnd = word;
            int name = word;
            boolean topicChars = true; // as LogExtractor.isTopicList: names of a-z0-9- starting a-z, "!" after a comma
            boolean comma = false;
            boolean ours = false;
            byte c;
            while (wordEnd < end && (c = b[wordEnd]) != ' ' && c != '\t' && !(csv && isCsvBreak(b, wordEnd, end))) {
                if (c == ',') {
                    comma = true;
                    ours |= isOurTopic(b, name, wordEnd);
                    topicChars &= wordEnd > name;
                    name = wordEnd + 1;
                } else if (wordEnd == name) {
                    if (c == '!' && comma && wordEnd + 1 < end && b[wordEnd + 1] >= 'a' && b[wordEnd + 1] <= 'z') {
                        name++; // "!debug"
                    } else {
                        topicChars &= c >= 'a' && c <= 'z';
                    }
                } else {
                    topicChars &= c >= 0 && TOPIC_CHAR[c];
                }
                wordEnd++;
            }
            boolean lastName = isOurTopic(b, name, wordEnd);
            if (topicChars && comma && wordEnd > name) {
                return read(ours || lastName ? OURS : OTHER, b, from, wordEnd, end, csv);
            }
            if (ours || lastName && name == word) {
                return read(OURS, b, from, wordEnd, end, csv); // "ipsec" alone, or "ipsec," of a list written with spaces
            }
            if (wordEnd - word == 5 && b[word] == 'e' && b[word + 1] == 'c' && b[word + 2] == 'h' && b[word + 3] == 'o'
                    && b[word + 4] == ':') {
                return read(OURS, b, from, wordEnd, end, csv); // echo: a script's output; the grammar sorts it out
            }
            word = wordEnd;
        }
        return read(OURS, b, from, word, end, csv);
    }

    /**
     * {@code result} with the length of what {@link #decide} read to reach it, [from, stop]: every
     * byte it looked at and every test against the line's end lay there, but for a CSV record's
     * comma, after which {@link #isCsvBreak} also looked at the next byte, and the comma before
     * {@code from}. 0 (not to be remembered) when it read to the end or the span is too long.
     */
    private static int read(int result, byte[] b, int from, int stop, int end, boolean csv) {
        if (stop >= end || csv && b[from] == ',') {
            return result;
        }
        int length = stop + 1 - from;
        if (csv && b[stop] == ',') {
            if (stop + 1 >= end) {
                return result;
            }
            length++;
        }
        return length <= TopicMemo.LONGEST ? length << 1 | result : result;
    }

    /** In a CSV record, the quotes and the commas between fields also end a word. */
    private static boolean isCsvBreak(byte[] b, int k, int end) {
        byte c = b[k];
        return c == '"' || c == ',' && (b[k - 1] == '"' || k + 1 < end && b[k + 1] == '"');
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

    /** Characters of a topic name after its first: a-z, 0-9 and '-'. */
    private static final boolean[] TOPIC_CHAR = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            TOPIC_CHAR[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            TOPIC_CHAR[c] = true;
        }
        TOPIC_CHAR['-'] = true;
    }

    /** Just past the stamp at {@code i}, or -1. */
    static int stampEnd(byte[] b, int i, int end) {
        if (i + 8 > end) {
            return -1;
        }
        if (isDigit(b[i])) {
            if (isDigit(b[i + 1]) && isDigit(b[i + 2]) && isDigit(b[i + 3]) && b[i + 4] == '-') {
                return isoEnd(b, i, end);
            }
            return clockEnd(b, i, end);
        }
        if (!isLetter(b[i]) || !isLetter(b[i + 1]) || !isLetter(b[i + 2])) {
            return -1;
        }
        if (b[i + 3] == '/') {
            // jul/19 14:27:01, jan/02/1970 00:41:37, Sep/18/2026 15:29:12 (Winbox)
            if (!digits(b, i + 4, 2, end)) {
                return -1;
            }
            int j = i + 6;
            if (j < end && b[j] == '/' && digits(b, j + 1, 4, end)) {
                j += 5;
            }
            return j < end && (b[j] == ' ' || b[j] == '\t') ? clockEnd(b, j + 1, end) : -1;
        }
        if (b[i + 3] == ' ' && b[i] >= 'A' && b[i] <= 'Z') {
            // BSD syslog: Dec  6 09:32:30, Sep 18 15:29:12
            int j = i + 4;
            if (j < end && b[j] == ' ') {
                j++;
            }
            if (!digits(b, j, 1, end)) {
                return -1;
            }
            j += digits(b, j, 2, end) ? 2 : 1;
            return j < end && b[j] == ' ' ? clockEnd(b, j + 1, end) : -1;
        }
        return -1;
    }

    /** yyyy-mm-dd HH:MM:SS, or with a T and optional fraction and zone (RFC 3339). */
    private static int isoEnd(byte[] b, int i, int end) {
        int j;
        if (i + 19 <= end && (b[i + 10] == ' ' || b[i + 10] == 'T') && isoShape(b, i)) {
            j = i + 19; // the form of nearly every stamp: what the byte by byte reading below finds
        } else if (!digits(b, i + 5, 2, end) || i + 10 >= end || b[i + 7] != '-' || !digits(b, i + 8, 2, end)
                || b[i + 10] != ' ' && b[i + 10] != 'T') {
            return -1;
        } else {
            j = clockEnd(b, i + 11, end);
        }
        if (j < 0 || b[i + 10] != 'T') {
            return j;
        }
        if (j < end && b[j] == '.') {
            j++;
            while (j < end && isDigit(b[j])) {
                j++;
            }
        }
        if (j < end && b[j] == 'Z') {
            return j + 1;
        }
        if (j < end && (b[j] == '+' || b[j] == '-') && digits(b, j + 1, 2, end)) {
            int z = j + 3;
            if (z < end && b[z] == ':') {
                z++;
            }
            return digits(b, z, 2, end) ? z + 2 : j;
        }
        return j;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** ASCII '0' in every byte: a digit's byte xor this is 0-9. */
    private static final long ZEROS = 0x3030303030303030L;
    private static final long SIXES = 0x0606060606060606L;
    private static final long HIGH_NIBBLES = 0xF0F0F0F0F0F0F0F0L;
    /** "yyyy-mm-": the dashes at bytes 4 and 7 (little-endian: byte k is bits 8k..8k+7). */
    private static final long DATE_SIGNS = 0xFF00_00FF_0000_0000L;
    private static final long DATE_SIGN_BYTES = 0x2D00_002D_0000_0000L;
    /** "dd?HH:MM" at i + 8: the colon at byte 5 (byte 2, the ' ' or 'T', is tested apart). */
    private static final long MIDDLE_SIGNS = 0x0000_FF00_00FF_0000L;
    private static final long MIDDLE_SIGN_BYTES = 0x0000_3A00_0000_0000L;
    /** "HH:MM:SS" (at i + 11 of an ISO stamp): the colons at bytes 2 and 5. */
    private static final long CLOCK_SIGNS = 0x0000_FF00_00FF_0000L;
    private static final long CLOCK_SIGN_BYTES = 0x0000_3A00_003A_0000L;

    /**
     * Whether bytes [i, i + 19) read "dddd-dd-dd?dd:dd:dd", ? any byte: three words of eight bytes
     * instead of nineteen tests (this runs on every line of a big log). {@code i + 19} must lie in
     * {@code b}.
     */
    static boolean isoShape(byte[] b, int i) {
        long date = (long) LONGS.get(b, i);
        long middle = (long) LONGS.get(b, i + 8);
        if ((date & DATE_SIGNS) != DATE_SIGN_BYTES || (middle & MIDDLE_SIGNS & ~0xFF_0000L) != MIDDLE_SIGN_BYTES) {
            return false;
        }
        return notDigits(date, ~DATE_SIGNS) == 0 && notDigits(middle, ~MIDDLE_SIGNS) == 0 && isClock(b, i + 11);
    }

    /** Whether bytes [i, i + 8) read "dd:dd:dd" ({@code i + 8} must lie in {@code b}). */
    private static boolean isClock(byte[] b, int i) {
        long clock = (long) LONGS.get(b, i);
        return (clock & CLOCK_SIGNS) == CLOCK_SIGN_BYTES && notDigits(clock, ~CLOCK_SIGNS) == 0;
    }

    /**
     * Non-zero when a byte of {@code word} that {@code digits} selects is no ASCII digit: xor '0'
     * leaves a digit 0-9, whose high nibble is 0 before and after adding 6 (a carry between bytes
     * only comes from a byte that is no digit, and that byte fails itself).
     */
    private static long notDigits(long word, long digits) {
        long t = word ^ ZEROS;
        return ((t + SIXES) | t) & HIGH_NIBBLES & digits;
    }

    /** H:MM:SS or HH:MM:SS. */
    private static int clockEnd(byte[] b, int i, int end) {
        if (i + 8 <= end && isClock(b, i)) {
            return i + 8; // HH:MM:SS, one word of eight bytes: what the reading below finds
        }
        if (!digits(b, i, 1, end)) {
            return -1;
        }
        int j = i + (digits(b, i, 2, end) ? 2 : 1);
        if (j + 6 > end || b[j] != ':' || !digits(b, j + 1, 2, end) || b[j + 3] != ':' || !digits(b, j + 4, 2, end)) {
            return -1;
        }
        return j + 6;
    }

    private static boolean digits(byte[] b, int i, int count, int end) {
        if (i + count > end) {
            return false;
        }
        for (int k = i; k < i + count; k++) {
            if (!isDigit(b[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
