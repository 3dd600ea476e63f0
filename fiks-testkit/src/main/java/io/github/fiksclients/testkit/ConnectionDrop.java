package io.github.fiksclients.testkit;

import java.io.IOException;

/**
 * Thrown out of the JDK server's handler to make it close the socket without finishing the response.
 *
 * <p>The server closes the connection on any {@code IOException} from a handler, so a client sees a connection
 * that ends before the response (or its body) is complete.
 */
final class ConnectionDrop extends IOException {

    private static final long serialVersionUID = 1L;

    ConnectionDrop(String reason) {
        super(reason);
    }
}
