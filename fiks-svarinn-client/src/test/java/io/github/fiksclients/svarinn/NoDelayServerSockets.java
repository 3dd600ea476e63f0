package io.github.fiksclients.svarinn;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/** Server sockets whose connections send small writes at once (TCP_NODELAY), so tests do not wait for delayed ACKs. */
final class NoDelayServerSockets extends ServerSocketFactory {

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new NoDelayServerSocket();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return bound(port, 50, null);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        return bound(port, backlog, null);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        return bound(port, backlog, address);
    }

    private static ServerSocket bound(int port, int backlog, InetAddress address) throws IOException {
        ServerSocket socket = new NoDelayServerSocket();
        socket.bind(new java.net.InetSocketAddress(address, port), backlog);
        return socket;
    }

    /** Sets TCP_NODELAY on every accepted connection. */
    private static final class NoDelayServerSocket extends ServerSocket {
        NoDelayServerSocket() throws IOException {
        }

        @Override
        public Socket accept() throws IOException {
            Socket socket = super.accept();
            socket.setTcpNoDelay(true);
            return socket;
        }
    }
}
