package io.github.fiksclients.core;

import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * The observations of a {@link FiksClient}'s HTTP exchanges, as the client sees them: free of Micrometer types, so
 * that a client built without an {@code ObservationRegistry} loads no Micrometer class (it has none of these).
 */
interface ExchangeObservations {

    /**
     * The interceptor that observes each exchange; it sits after the retry interceptor and before authentication.
     *
     * @return the interceptor
     */
    Interceptor interceptor();

    /**
     * Attaches to a request what the observation takes from the calling thread (its current observation, the
     * parent of the exchange's), before the request may be handed to another thread.
     *
     * @param request the request about to be sent
     * @return the request, tagged if there is anything to carry
     */
    Request bindToCaller(Request request);

    /**
     * Tells the observations that the client has created an API, so that requests outside any API (raw requests)
     * can be attributed to its service while the client serves one service only.
     *
     * @param descriptor the created API's descriptor
     */
    void apiCreated(ApiDescriptor descriptor);
}
