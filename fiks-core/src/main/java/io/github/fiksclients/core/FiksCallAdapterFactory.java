package io.github.fiksclients.core;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Makes Retrofit methods that return {@link FiksCall} work, once for every operation, and refuses methods that
 * return {@code retrofit2.Call}: those hand back unsuccessful responses silently, which no Fiks API may do.
 */
final class FiksCallAdapterFactory extends CallAdapter.Factory {

    private final FiksClient client;

    FiksCallAdapterFactory(FiksClient client) {
        this.client = client;
    }

    @Override
    public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
        Class<?> raw = getRawType(returnType);
        if (raw == retrofit2.Call.class) {
            throw new IllegalArgumentException("Declare the method to return FiksCall<T> instead of retrofit2.Call<T>: "
                    + "a FiksCall gives the body or a typed FiksException, never an unsuccessful response");
        }
        if (raw != FiksCall.class) {
            return null;
        }
        if (!(returnType instanceof ParameterizedType parameterized)) {
            throw new IllegalArgumentException("FiksCall needs its body type, such as FiksCall<Forsendelse> or "
                    + "FiksCall<Void>");
        }
        Type bodyType = getParameterUpperBound(0, parameterized);
        Converter<ResponseBody, Object> converter = retrofit.responseBodyConverter(bodyType, annotations);
        return new CallAdapter<Object, FiksCall<Object>>() {
            @Override
            public Type responseType() {
                return bodyType;
            }

            @Override
            public FiksCall<Object> adapt(retrofit2.Call<Object> call) {
                return new RetrofitFiksCall<>(call, converter, client);
            }
        };
    }
}
