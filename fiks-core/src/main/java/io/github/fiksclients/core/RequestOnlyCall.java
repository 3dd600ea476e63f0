package io.github.fiksclients.core;

import kotlin.jvm.functions.Function0;
import kotlin.reflect.KClass;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * The call factory given to Retrofit: Retrofit only builds each request from a method's arguments, and
 * {@link RetrofitFiksCall} sends it on the {@link FiksClient}'s OkHttp client. Handing Retrofit a real OkHttp call
 * for that would create one per invocation that is never sent (with its timeout and event listener), measurable
 * in the per-call benchmark; this call holds the request and refuses everything else.
 */
final class RequestOnlyCall implements Call {

    /** Makes a call that only holds its request. */
    static final Call.Factory FACTORY = RequestOnlyCall::new;

    private final Request request;

    private RequestOnlyCall(Request request) {
        this.request = request;
    }

    @Override
    public Request request() {
        return request;
    }

    @Override
    public Response execute() {
        throw notSendable();
    }

    @Override
    public void enqueue(Callback callback) {
        throw notSendable();
    }

    @Override
    public void cancel() {
    }

    @Override
    public boolean isExecuted() {
        return false;
    }

    @Override
    public boolean isCanceled() {
        return false;
    }

    @Override
    public Timeout timeout() {
        return Timeout.NONE;
    }

    @Override
    public <T> T tag(KClass<T> type) {
        return null;
    }

    @Override
    public <T> T tag(Class<? extends T> type) {
        return null;
    }

    @Override
    public <T> T tag(KClass<T> type, Function0<? extends T> computeIfAbsent) {
        throw notSendable();
    }

    @Override
    public <T> T tag(Class<T> type, Function0<? extends T> computeIfAbsent) {
        throw notSendable();
    }

    @Override
    public Call clone() {
        return new RequestOnlyCall(request);
    }

    private static UnsupportedOperationException notSendable() {
        return new UnsupportedOperationException("Retrofit's call only builds the request; FiksCall sends it");
    }
}
