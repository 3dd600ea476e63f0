package io.github.fiksclients.errors;

import com.google.gson.JsonParseException;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Callback;

/**
 * Runs calls and turns every failure into a typed {@link FiksException}, so callers never check
 * {@code isSuccessful()} themselves.
 *
 * <p>An HTTP error status becomes the matching {@link FiksHttpException} subclass; a {@link FiksIOException}
 * raised inside the interceptor chain (such as an authentication failure) becomes the exception it carries;
 * any other I/O failure becomes a {@link FiksTransportException}; a success body that cannot be parsed becomes a
 * {@link FiksUnreadableResponseException}.
 */
public final class FiksCalls {

    private FiksCalls() {
    }

    /**
     * Runs a Retrofit call and returns its body.
     *
     * @param call the call, not yet executed
     * @param <T> the body type
     * @return the body of the 2xx response; {@code null} for 204 or a {@code Void} body
     * @throws FiksException for any failure
     */
    public static <T> T execute(Call<T> call) {
        retrofit2.Response<T> response;
        try {
            response = call.execute();
        } catch (IOException | JsonParseException e) {
            throw translate(call.request(), e);
        }
        if (!response.isSuccessful()) {
            throw FiksHttpExceptions.from(response);
        }
        return response.body();
    }

    /**
     * Runs a Retrofit call asynchronously.
     *
     * <p>The future completes with the body of the 2xx response, or exceptionally with the same typed exception
     * {@link #execute(Call)} would throw. Cancelling the future cancels the call.
     *
     * @param call the call, not yet executed
     * @param <T> the body type
     * @return a future of the body ({@code null} for 204 or a {@code Void} body)
     */
    public static <T> CompletableFuture<T> executeAsync(Call<T> call) {
        CompletableFuture<T> future = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                call.cancel();
                return super.cancel(mayInterruptIfRunning);
            }
        };
        call.enqueue(new Callback<T>() {
            @Override
            public void onResponse(Call<T> finished, retrofit2.Response<T> response) {
                if (response.isSuccessful()) {
                    future.complete(response.body());
                } else {
                    future.completeExceptionally(FiksHttpExceptions.from(response));
                }
            }

            @Override
            public void onFailure(Call<T> failed, Throwable failure) {
                if (failure instanceof IOException || failure instanceof JsonParseException) {
                    future.completeExceptionally(translate(failed.request(), (Exception) failure));
                } else {
                    future.completeExceptionally(failure);
                }
            }
        });
        return future;
    }

    /**
     * Runs a raw OkHttp call and returns its open response, for streaming a large body.
     *
     * <p>The caller must close the returned response. An error response is closed here and thrown as the matching
     * {@link FiksHttpException}.
     *
     * @param call the call, not yet executed
     * @return the open 2xx response
     * @throws FiksException for any failure
     */
    public static okhttp3.Response execute(okhttp3.Call call) {
        okhttp3.Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw translate(call.request(), e);
        }
        if (!response.isSuccessful()) {
            throw FiksHttpExceptions.from(response);
        }
        return response;
    }

    private static FiksException translate(Request request, Exception failure) {
        String method = request.method();
        String path = request.url().encodedPath();
        if (failure instanceof FiksIOException carrier) {
            return carrier.fiksException();
        }
        if (failure instanceof JsonParseException || failure instanceof MalformedJsonException) {
            return new FiksUnreadableResponseException(method, path, failure);
        }
        return new FiksTransportException(method, path, (IOException) failure);
    }
}
