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
    private static final int BUFFER = 64 * 1024;
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
        return new BufferedInputStream(socket.getInputStream(), BUFFER);
    }

    @Override
    public OutputStream getOutputStream(Socket socket) throws IOException {
        // JSch flushes after every packet it writes, so buffering only merges a packet's pieces
        return new BufferedOutputStream(socket.getOutputStream(), BUFFER) {
            @Override
            public synchronized void write(byte[] b, int off, int len) throws IOException {
                super.write(b, off, len);
                flush();
            }
        };
    }
}
