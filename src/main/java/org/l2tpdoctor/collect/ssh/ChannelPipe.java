package org.l2tpdoctor.collect.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/**
 * Carries what a router prints on a channel from JSch's session thread, which writes it here, to
 * the thread reading the answer. JSch's own pipe ({@code Channel.getInputStream}) starts at 32 KiB
 * for every channel, held as long as the session: ~4% of all a 1,000-router check allocated. This
 * one starts small and grows with the answer. When {@code LIMIT} bytes wait unread the writer
 * waits, as JSch's pipe makes it wait, so a router printing faster than it is read cannot fill
 * memory. JSch closes it when the channel ends (end of output, disconnect, a dropped session):
 * the reader then gets what is left and the end of the stream.
 */
final class ChannelPipe extends OutputStream {
    private static final int LIMIT = 1024 * 1024;
    private byte[] buffer = new byte[4 * 1024];
    private int start;
    private int end;
    private boolean closed;
    private final InputStream in = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return take(b, off, len);
        }

        @Override
        public int available() {
            synchronized (ChannelPipe.this) {
                return end - start;
            }
        }

        @Override
        public void close() {
            ChannelPipe.this.close();
        }
    };

    /** The reading side. */
    InputStream in() {
        return in;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        while (!closed && end - start >= LIMIT) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while the answer waited to be read");
            }
        }
        if (closed) {
            return; // the reader is gone: nobody wants the rest
        }
        if (end + len > buffer.length) {
            int waiting = end - start;
            if (waiting + len <= buffer.length / 2) {
                System.arraycopy(buffer, start, buffer, 0, waiting);
            } else {
                byte[] larger = new byte[Math.max(buffer.length * 2, waiting + len)];
                System.arraycopy(buffer, start, larger, 0, waiting);
                buffer = larger;
            }
            start = 0;
            end = waiting;
        }
        System.arraycopy(b, off, buffer, end, len);
        end += len;
        notifyAll();
    }

    private synchronized int take(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (end == start && !closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the router's answer");
            }
        }
        if (end == start) {
            return -1;
        }
        int n = Math.min(len, end - start);
        System.arraycopy(buffer, start, b, off, n);
        start += n;
        if (start == end) {
            start = 0;
            end = 0;
        }
        notifyAll();
        return n;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
