package io.github.fiksclients.core;

import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.errors.FiksIOException;
import io.github.fiksclients.errors.FiksTransportException;
import io.github.fiksclients.errors.FiksUnreadableResponseException;
import java.io.IOException;
import okhttp3.Request;

/** Names the typed {@link FiksException} for a failure of one call, at the edge of the interceptor chain. */
final class CallFailures {

    private CallFailures() {
    }

    /**
     * The exception for a call that failed before a complete response arrived.
     *
     * @param request the request that was sent, or was to be sent
     * @param failure the failure OkHttp reported
     * @return the exception carried out of the chain by a {@link FiksIOException}, or a {@link FiksTransportException}
     *     naming the request
     */
    static FiksException transport(Request request, IOException failure) {
        if (failure instanceof FiksIOException carrier) {
            return carrier.fiksException();
        }
        return new FiksTransportException(request.method(), request.url().encodedPath(), failure);
    }

    /**
     * The exception for a complete 2xx response whose body could not be decoded as the expected type.
     *
     * @param request the request that was sent
     * @param failure the decoding failure
     * @return a {@link FiksUnreadableResponseException} naming the request
     */
    static FiksException unreadable(Request request, Exception failure) {
        return new FiksUnreadableResponseException(request.method(), request.url().encodedPath(), failure);
    }
}
