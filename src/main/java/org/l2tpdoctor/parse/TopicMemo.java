package org.l2tpdoctor.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The topic words of the last few distinct line heads a scan read, with what they said: a big log
 * repeats a handful of them (a syslog host and {@code dhcp,info}, {@code firewall,info}, ...), so
 * most lines are answered by comparing a few words of eight bytes instead of reading their topic
 * list byte by byte again (a CSV collector's record, whose quotes and commas are tested at every
 * byte, the most). An answer is remembered with every byte its reading depended on
 * ({@link LogRecordHead#topics}), so a line with the same bytes there, and at least as long, is read
 * the same. One per scanning thread: not shared.
 */
final class TopicMemo {
    /** The longest span remembered: a topic list after a host and a tag fits. */
    static final int LONGEST = 64;
    /** The shortest: one word of eight bytes is compared at least. */
    private static final int SHORTEST = 8;
    private static final int ENTRIES = 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] spans = new byte[ENTRIES * LONGEST];
    private final int[] lengths = new int[ENTRIES];
    private final boolean[] csvs = new boolean[ENTRIES];
    private final int[] answers = new int[ENTRIES];
    private final int[] order = new int[ENTRIES];
    private int used;

    /** What a remembered span equal to [from, ...) of {@code b} said, or -1. */
   
    int find(byte[] b, int from, int end, boolean csv) {
        for (int k = 0; k < used; k++) {
            int e = order[k];
            int length = lengths[e];
            if (csvs[e] == csv && from + length <= end && same(b, from, e * LONGEST, length)) {
                if (k > 0) {
                    order[k] = order[k - 1];
                    order[k - 1] = e;
                }
                return answers[e];
            }
        }
        return -1;
    }

    /** Remembers that the span [from, from + length) of {@code b} said {@code answer}. */
    void put(byte[] b, int from, int length, boolean csv, int answer) {
        if (length < SHORTEST || length > LONGEST) {
            return;
        }
        int e;
        if (used < ENTRIES) {
            e = used;
            order[used++] = e;
        } else {
            e = order[ENTRIES - 1]; // the one asked for least lately
        }
        System.arraycopy(b, from, spans, e * LONGEST, length);
        lengths[e] = length;
        csvs[e] = csv;
        answers[e] = answer;
    }

    /**
     * Eight bytes at a time, the last eight (overlapping the word before them; length >= 8) first:
     * heads differ in their topic words, at the end of the span, and often share a host before.
     */
    private boolean same(byte[] b, int from, int at, int length) {
        int last = length - SHORTEST;
        if ((long) LONGS.get(b, from + last) != (long) LONGS.get(spans, at + last)) {
            return false;
        }
        for (int k = 0; k < last; k += SHORTEST) {
            if ((long) LONGS.get(b, from + k) != (long) LONGS.get(spans, at + k)) {
                return false;
            }
        }
        return true;
    }
}
