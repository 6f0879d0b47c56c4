package org.l2tpdoctor.collect.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The pipe from JSch's session thread to the answer's reader: every byte in order, then the end. */
class ChannelPipeTest {

    @Test
    void whatIsWrittenComesOutInOrderThenTheEnd() throws Exception {
        ChannelPipe pipe = new ChannelPipe();
        pipe.write("Flags: X\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        pipe.write('x');
        pipe.close();
        pipe.write("after the end".getBytes(java.nio.charset.StandardCharsets.US_ASCII)); // dropped
        InputStream in = pipe.in();
        assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("Flags: X\r\nx");
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void aLargeAnswerFromAnotherThreadArrivesWholeThroughTheLimit() throws Exception {
        byte[] answer = new byte[3 * 1024 * 1024 + 17]; // more than the pipe holds before its writer waits
        for (int i = 0; i < answer.length; i++) {
            answer[i] = (byte) (i * 31 + i / 7);
        }
        ChannelPipe pipe = new ChannelPipe();
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (int at = 0; at < answer.length; at += 5000) {
                    pipe.write(answer, at, Math.min(5000, answer.length - at));
                }
                pipe.close();
            } catch (Exception e) {
                failed.set(e);
            }
        });
        writer.start();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] chunk = new byte[777];
        int n;
        while ((n = pipe.in().read(chunk, 0, chunk.length)) >= 0) {
            got.write(chunk, 0, n);
        }
        writer.join();
        assertThat(failed.get()).isNull();
        assertThat(got.toByteArray()).isEqualTo(answer);
    }

    @Test
    void aReaderInterruptedWhileWaitingStops() {
        ChannelPipe pipe = new ChannelPipe();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> pipe.in().read(new byte[10], 0, 10)).isInstanceOf(InterruptedIOException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
