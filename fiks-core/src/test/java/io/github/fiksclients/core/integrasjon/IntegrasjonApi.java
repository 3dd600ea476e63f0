package io.github.fiksclients.core.integrasjon;

import io.github.fiksclients.core.FiksCall;
import java.util.Map;
import retrofit2.http.GET;

/** A test API whose descriptor accepts integrasjon authentication only. */
public interface IntegrasjonApi {

    /**
     * Reads something.
     *
     * @return the call
     */
    @GET("tilgang/api/v1/ting")
    FiksCall<Map<String, Object>> hent();
}
