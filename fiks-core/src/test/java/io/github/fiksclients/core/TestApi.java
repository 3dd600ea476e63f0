package io.github.fiksclients.core;

import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/** A Retrofit API shaped like the generated Fiks interfaces, for the runtime's tests. */
interface TestApi {

    @GET("api/v1/forsendelser")
    FiksCall<Map<String, Object>> list();

    @POST("api/v1/forsendelser")
    FiksCall<Map<String, Object>> send(@Body Map<String, Object> forsendelse);

    @POST("api/v1/mottakere")
    FiksCall<Void> upsert(@Body Map<String, Object> mottaker);

    @PATCH("api/v1/mottakere")
    FiksCall<Void> patch(@Body Map<String, Object> change);

    @PUT("api/v2/indexRequest")
    FiksCall<Void> index(@Body Map<String, Object> batch);
}
