package org.l2tpdoctor.collect.ssh;

import com.jcraft.jsch.SocketFactory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Gives JSch buffered socket streams. JSch reads a packet's header and body with separate small
 * reads; unbuffered, that is thousands of system calls per router, which a fleet of hundreds of
 * routers on two cores cannot afford.
 */
final class BufferedSockets implements SocketFactory {
    // Per session in flight, and a fleet holds hundreds at once (64 KiB each way was ~6% of
    // everything a 1,000-router check allocated, and lived as long as the session): a read as
    // large as the buffer bypasses it, so 16 KiB still makes one system call of a big packet's
    // body, and JSch writes a packet whole and flushes it, so the output side only gathers pieces.
    private static final int IN_BUFFER = 16 * 1024;
    private static final int OUT_BUFFER = 4 * 1024;
    private final int connectTimeoutMillis;

    BufferedSockets(int connectTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
        return socket;
    }

    @Override
    public InputStream getInputStream(Socket socket) throws IOException {
        return new BufferedInputStream(socket.getInputStream(), IN_BUFFER);
    }

    @Override
    public OutputStream getOutputStream(Socket socket) throws IOException {
        // JSch flushes after every packet it writes, so buffering only merges a packet's pieces
        return new BufferedOutputStream(socket.getOutputStream(), OUT_BUFFER) {
            @Override
            public synchronized void write(byte[] b, int off, int len) throws IOException {
                super.write(b, off, len);
                flush();
            }
        };
    }
}
