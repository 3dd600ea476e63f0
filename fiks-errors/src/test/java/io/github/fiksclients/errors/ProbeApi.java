package io.github.fiksclients.errors;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PUT;

/** A small Retrofit API for the tests, shaped like the generated Fiks interfaces. */
interface ProbeApi {

    @GET("probe")
    Call<Probe> get();

    @GET("probe/empty")
    Call<Void> getNothing();

    @PUT("innsyn-index/api/v2/indexRequest")
    Call<Void> index(@Body Probe probe);

    /** A response model. */
    final class Probe {
        String name;

        Probe(String name) {
            this.name = name;
        }
    }
}
