package io.github.fiksclients.core;

import java.util.concurrent.CompletableFuture;
import okhttp3.Request;

/**
 * One call of a Fiks API operation, ready to send: what every generated operation returns.
 *
 * <p>Run it once, with {@link #execute()} on this thread or {@link #executeAsync()} on OkHttp's. Either way the
 * result is the decoded body of the 2xx response, or a typed, unchecked
 * {@link io.github.fiksclients.errors.FiksException}: an {@link io.github.fiksclients.errors.FiksHttpException}
 * subclass chosen by status (such as {@link io.github.fiksclients.errors.FiksForbiddenException} for 403), a
 * {@link io.github.fiksclients.errors.FiksTransportException} when no complete response arrived, a
 * {@link io.github.fiksclients.errors.FiksUnreadableResponseException} when a 2xx body cannot be decoded, or the
 * {@link io.github.fiksclients.errors.FiksAuthenticationException} of a credential that could not be had. There is
 * no unsuccessful response to check.
 *
 * <p>An operation that downloads a file returns {@code FiksCall<okhttp3.ResponseBody>}: {@link #execute()} returns
 * as soon as the headers have arrived, and the body streams from the network as you read it, in constant memory.
 * Close it when done ({@code try (ResponseBody body = api.download(id).execute()) { ... }}).
 *
 * <pre>{@code
 * List<Forsendelse> nye = svarInn.hentNyeForsendelser().execute();
 * CompletableFuture<List<Forsendelse>> senere = svarInn.hentNyeForsendelser().executeAsync();
 * }</pre>
 *
 * <p>Credentials that belong to the calling thread (a citizen's token in integrasjon-person mode) are taken when
 * {@code execute} or {@code executeAsync} is called, on the calling thread. A call is not thread-safe; use
 * {@link #clone()} for another identical call.
 *
 * @param <T> the type of the decoded body; {@code Void} for operations without one
 */
public interface FiksCall<T> extends Cloneable {

    /**
     * Sends the request on this thread and returns the decoded body.
     *
     * @return the body of the 2xx response; {@code null} for 204, 205 or a {@code Void} body
     * @throws io.github.fiksclients.errors.FiksException for any failure
     * @throws IllegalStateException if this call was already executed
     */
    T execute();

    /**
     * Sends the request and returns its status and headers with the decoded body, for the rare operation whose
     * answer lies partly in headers.
     *
     * @return the 2xx response
     * @throws io.github.fiksclients.errors.FiksException for any failure
     * @throws IllegalStateException if this call was already executed
     */
    FiksResponse<T> executeForResponse();

    /**
     * Sends the request on OkHttp's threads.
     *
     * <p>The future completes with what {@link #execute()} would return, or exceptionally with the exception it would
     * throw. Cancelling the future cancels the call.
     *
     * @return the future body
     * @throws IllegalStateException if this call was already executed
     */
    CompletableFuture<T> executeAsync();

    /**
     * The request this call sends, before authentication is added.
     *
     * @return the request
     */
    Request request();

    /** Cancels the call: a call in flight fails, one not yet sent never is. */
    void cancel();

    /**
     * Tells whether {@link #cancel()} was called.
     *
     * @return {@code true} once cancelled
     */
    boolean isCanceled();

    /**
     * Tells whether the call was executed, synchronously or asynchronously.
     *
     * @return {@code true} once executed
     */
    boolean isExecuted();

    /**
     * Makes a new, identical call that has not been executed, to send the same request again.
     *
     * @return the new call
     */
    FiksCall<T> clone();
}
