package io.github.fiksclients.core;

import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PUT;

/** A small Retrofit API for the tests, shaped like the generated Fiks interfaces. */
interface ProbeApi {

    @GET("probe")
    FiksCall<Probe> get();

    @GET("probe/text")
    FiksCall<String> getText();

    @GET("probe/empty")
    FiksCall<Void> getNothing();

    @PUT("innsyn-index/api/v2/indexRequest")
    FiksCall<Void> index(@Body Probe probe);

    /** A response model. */
    final class Probe {
        String name;
        int count;

        Probe(String name) {
            this.name = name;
        }
    }
}
