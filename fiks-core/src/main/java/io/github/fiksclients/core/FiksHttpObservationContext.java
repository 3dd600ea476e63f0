package io.github.fiksclients.core;

import io.micrometer.observation.transport.RequestReplySenderContext;
import java.util.Objects;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What the observation of one HTTP exchange of a {@link FiksClient} knows: the request, the Fiks service and
 * operation it belongs to, and, once it has arrived, the response (or the failure).
 *
 * <p>It is a Micrometer sender context whose carrier is the request being built, so a tracing handler (such as
 * micrometer-tracing's {@code PropagatingSenderTracingObservationHandler}) adds its propagation headers, W3C
 * {@code traceparent} for example, to the request that is sent. A {@link FiksHttpObservationConvention} reads it
 * to name the observation and its key values; see {@link DefaultFiksHttpObservationConvention}.
 */
public final class FiksHttpObservationContext extends RequestReplySenderContext<Request.Builder, Response> {

    private final Request request;
    private final String service;
    private final String operation;

    /**
     * Creates the context of one exchange.
     *
     * @param request the request as it came down the chain, before tracing headers and authentication
     * @param carrier the builder of the request to be sent, which propagation headers are added to
     * @param service the manifest's id of the service, such as {@code svarinn}
     * @param operation the operationId, such as {@code hentNyeForsendelser}, or {@code raw}
     */
    FiksHttpObservationContext(Request request, Request.Builder carrier, String service, String operation) {
        super((builder, key, value) -> {
            if (builder != null) {
                builder.header(key, value);
            }
        });
        this.request = Objects.requireNonNull(request, "request");
        this.service = Objects.requireNonNull(service, "service");
        this.operation = Objects.requireNonNull(operation, "operation");
        setCarrier(carrier);
        setRemoteServiceName(service);
        setRemoteServiceAddress(request.url().scheme() + "://" + request.url().host() + ":" + request.url().port());
    }

    /**
     * The request as it came down the chain, without tracing headers and before authentication is added.
     *
     * @return the request
     */
    public Request request() {
        return request;
    }

    /**
     * The id of the Fiks service in the service manifest ({@code specs/specs.json}).
     *
     * @return for example {@code svarinn} or {@code innsyn}; {@value DefaultFiksHttpObservationConvention#UNKNOWN}
     *     when the request belongs to no generated API and the client serves more than one service
     */
    public String service() {
        return service;
    }

    /**
     * The operation the request carries out: the operationId of a generated API method, as the spec spells it.
     *
     * @return for example {@code hentNyeForsendelser}; the method's name for a hand-written Retrofit interface;
     *     {@value DefaultFiksHttpObservationConvention#RAW} for a request sent with {@link FiksClient#execute}
     */
    public String operation() {
        return operation;
    }
}
