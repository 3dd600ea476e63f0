package io.github.fiksclients.core;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import retrofit2.Converter;

/**
 * The {@link FiksCall} of a Retrofit method: Retrofit builds the request from the method's arguments, and this
 * class sends it on the {@link FiksClient}'s OkHttp client and turns the outcome into a body or a typed exception.
 *
 * <p>It sends the request itself instead of through Retrofit's own call so that the request can be bound to the
 * calling thread first ({@link FiksClient#bindToCaller}) and so that every failure has exactly one typed form,
 * synchronously and asynchronously.
 *
 * @param <T> the body type
 */
final class RetrofitFiksCall<T> implements FiksCall<T> {

    private final retrofit2.Call<?> template;
    private final Converter<ResponseBody, T> converter;
    private final FiksClient client;
    private final AtomicBoolean executed = new AtomicBoolean();
    private volatile boolean canceled;
    private volatile Call sent;

    RetrofitFiksCall(retrofit2.Call<?> template, Converter<ResponseBody, T> converter, FiksClient client) {
        this.template = template;
        this.converter = converter;
        this.client = client;
    }

    @Override
    public T execute() {
        return executeForResponse().body();
    }

    @Override
    public FiksResponse<T> executeForResponse() {
        Call call = start();
        Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw CallFailures.transport(call.request(), e);
        }
        return decode(call.request(), response);
    }

    @Override
    public CompletableFuture<T> executeAsync() {
        Call call;
        try {
            call = start();
        } catch (AlreadyExecutedException e) {
            throw e;
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<T> future = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                call.cancel();
                return super.cancel(mayInterruptIfRunning);
            }
        };
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
                future.completeExceptionally(CallFailures.transport(failed.request(), e));
            }

            @Override
            public void onResponse(Call finished, Response response) {
                try {
                    future.complete(decode(finished.request(), response).body());
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            }
        });
        return future;
    }

    /** Marks this call executed, binds its request to the calling thread and creates the OkHttp call. */
    private Call start() {
        if (!executed.compareAndSet(false, true)) {
            throw new AlreadyExecutedException();
        }
        Call call = client.httpClient().newCall(client.bindToCaller(template.request()));
        sent = call;
        if (canceled) {
            call.cancel();
        }
        return call;
    }

    private FiksResponse<T> decode(Request request, Response response) {
        if (!response.isSuccessful()) {
            throw HttpErrors.from(response);
        }
        int status = response.code();
        ResponseBody body = response.body();
        if (status == 204 || status == 205) {
            body.close();
            return new FiksResponse<>(status, response.headers(), null);
        }
        try {
            return new FiksResponse<>(status, response.headers(), converter.convert(body));
        } catch (UndecodableBodyException e) {
            throw CallFailures.unreadable(request, (Exception) e.getCause());
        } catch (IOException e) {
            body.close();
            throw CallFailures.transport(request, e);
        } catch (RuntimeException e) {
            body.close();
            throw CallFailures.unreadable(request, e);
        }
    }

    @Override
    public Request request() {
        return template.request();
    }

    @Override
    public void cancel() {
        canceled = true;
        Call call = sent;
        if (call != null) {
            call.cancel();
        }
    }

    @Override
    public boolean isCanceled() {
        Call call = sent;
        return canceled || (call != null && call.isCanceled());
    }

    @Override
    public boolean isExecuted() {
        return executed.get();
    }

    @Override
    public FiksCall<T> clone() {
        return new RetrofitFiksCall<>(template.clone(), converter, client);
    }

    @Override
    public String toString() {
        Request request = template.request();
        return "FiksCall{" + request.method() + " " + request.url().encodedPath() + "}";
    }

    /** A call can be sent once; {@link #clone()} makes another. */
    private static final class AlreadyExecutedException extends IllegalStateException {
        AlreadyExecutedException() {
            super("This call was already executed; clone() it to send the same request again");
        }
    }
}
