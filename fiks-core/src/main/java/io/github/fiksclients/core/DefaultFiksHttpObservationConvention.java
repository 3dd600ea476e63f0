package io.github.fiksclients.core;

import io.github.fiksclients.core.FiksHttpObservationDocumentation.HighCardinalityKeyNames;
import io.github.fiksclients.core.FiksHttpObservationDocumentation.LowCardinalityKeyNames;
import io.github.fiksclients.errors.FiksIOException;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import okhttp3.Response;

/**
 * The default names of a Fiks HTTP exchange's observation: {@value #NAME}, with the key values of
 * {@link FiksHttpObservationDocumentation}: {@code service}, {@code operation}, {@code method}, {@code status},
 * {@code outcome} and {@code exception} (few distinct values, so fit for metrics), and {@code http.url} without
 * its query (for spans). A span is named {@code "<service> <operation>"}.
 *
 * <p>With a {@code MeterRegistry} behind the {@code ObservationRegistry}, this makes a timer
 * {@code fiks.client.requests} (in Prometheus {@code fiks_client_requests_seconds_count} and so on) and a long task
 * timer {@code fiks.client.requests.active}.
 */
public class DefaultFiksHttpObservationConvention implements FiksHttpObservationConvention {

    /** The observation's name. */
    public static final String NAME = "fiks.client.requests";

    /** The operation of a request sent with {@link FiksClient#execute}, outside any generated API. */
    public static final String RAW = "raw";

    /** The service of a request that cannot be attributed to one service. */
    public static final String UNKNOWN = "unknown";

    private static final String NONE = "none";

    /** Creates the convention. */
    public DefaultFiksHttpObservationConvention() {
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(FiksHttpObservationContext context) {
        return context.service() + " " + context.operation();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(FiksHttpObservationContext context) {
        return KeyValues.of(
                LowCardinalityKeyNames.SERVICE.withValue(context.service()),
                LowCardinalityKeyNames.OPERATION.withValue(context.operation()),
                LowCardinalityKeyNames.METHOD.withValue(context.request().method()),
                status(context),
                outcome(context),
                exception(context));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(FiksHttpObservationContext context) {
        return KeyValues.of(HighCardinalityKeyNames.HTTP_URL.withValue(
                context.request().url().newBuilder().query(null).build().toString()));
    }

    /**
     * The status key value.
     *
     * @param context the exchange
     * @return the status code, {@code IO_ERROR} if the exchange failed without a response, else {@code UNKNOWN}
     */
    protected KeyValue status(FiksHttpObservationContext context) {
        Response response = context.getResponse();
        String status = response != null ? Integer.toString(response.code())
                : context.getError() != null ? "IO_ERROR" : "UNKNOWN";
        return LowCardinalityKeyNames.STATUS.withValue(status);
    }

    /**
     * The outcome key value.
     *
     * @param context the exchange
     * @return the class of the status code, or {@code UNKNOWN} without a response
     */
    protected KeyValue outcome(FiksHttpObservationContext context) {
        Response response = context.getResponse();
        int code = response == null ? 0 : response.code();
        String outcome = code >= 100 && code < 200 ? "INFORMATIONAL"
                : code >= 200 && code < 300 ? "SUCCESS"
                : code >= 300 && code < 400 ? "REDIRECTION"
                : code >= 400 && code < 500 ? "CLIENT_ERROR"
                : code >= 500 && code < 600 ? "SERVER_ERROR"
                : "UNKNOWN";
        return LowCardinalityKeyNames.OUTCOME.withValue(outcome);
    }

    /**
     * The exception key value.
     *
     * @param context the exchange
     * @return the simple class name of the failure (of the Fiks exception an interceptor carried, such as
     *     {@code FiksAuthenticationException}), or {@code none}
     */
    protected KeyValue exception(FiksHttpObservationContext context) {
        Throwable error = context.getError();
        if (error instanceof FiksIOException carrier) {
            error = carrier.fiksException();
        }
        String name = error == null ? NONE : error.getClass().getSimpleName();
        return LowCardinalityKeyNames.EXCEPTION.withValue(name.isEmpty() ? error.getClass().getName() : name);
    }
}
