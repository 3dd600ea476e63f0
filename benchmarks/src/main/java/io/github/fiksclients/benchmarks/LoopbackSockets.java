package io.github.fiksclients.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Socket factories for OkHttp that fix TCP_NODELAY on or off. On is what a careful hand-written integration gives
 * OkHttp so that small writes are not held back for the peer's delayed ACK (OkHttp does not set it); fiks-clients
 * does the same. Off makes sockets that ignore any request to set it, so that fiks-clients, which always asks for it,
 * can be measured without it. OkHttp asks only for unconnected sockets; the other methods connect one of those.
 */
final class LoopbackSockets extends SocketFactory {

    private final boolean noDelay;

    private LoopbackSockets(boolean noDelay) {
        this.noDelay = noDelay;
    }

    /**
     * Makes sockets with TCP_NODELAY on.
     *
     * @return the factory
     */
    static SocketFactory noDelay() {
        return new LoopbackSockets(true);
    }

    /**
     * Makes sockets with TCP_NODELAY off, whatever their user asks.
     *
     * @return the factory
     */
    static SocketFactory delayedAcks() {
        return new LoopbackSockets(false);
    }

    @Override
    public Socket createSocket() throws IOException {
        if (!noDelay) {
            return new Socket() {
                @Override
                public void setTcpNoDelay(boolean on) {
                    // Nagle's algorithm stays on: this factory measures the cost of delayed ACKs.
                }
            };
        }
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        Socket socket = createSocket();
        if (local != null) {
            socket.bind(local);
        }
        socket.connect(remote);
        return socket;
    }
}
