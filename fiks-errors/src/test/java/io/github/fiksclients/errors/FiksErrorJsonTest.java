package io.github.fiksclients.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FiksErrorJsonTest {

    @Test
    void writesAndReadsTheWireFormat() {
        JsonObject details = new JsonObject();
        details.addProperty("meldingId", "a1");
        FiksError error = FiksError.builder()
                .timestamp(Instant.ofEpochMilli(1767225600000L))
                .status(409)
                .error("Conflict")
                .errorId("c-9")
                .message("Allerede mottatt")
                .errorCode("SVARINN.ALLEREDE_KVITTERT")
                .errorJson(details)
                .build();
        Gson gson = new Gson();

        String json = gson.toJson(error);

        assertThat(json).contains("\"timestamp\":1767225600000", "\"errorJson\":{\"meldingId\":\"a1\"}");
        assertThat(gson.fromJson(json, FiksError.class)).isEqualTo(error);
    }

    @Test
    void readsErrorJsonSentAsAStringHoldingAnObject() {
        String body = "{\"status\":403,\"errorCode\":\"INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX\","
                + "\"errorJson\":\"{\\\"integrasjonId\\\":\\\"i-1\\\",\\\"fiksOrgId\\\":\\\"o-2\\\"}\"}";

        FiksError error = new Gson().fromJson(body, FiksError.class);

        assertThat(error.errorJsonAsMap()).containsEntry("integrasjonId", "i-1").containsEntry("fiksOrgId", "o-2");
    }

    @Test
    void ignoresErrorJsonThatIsAStringButNotAnObject() {
        FiksError error = new Gson().fromJson("{\"status\":400,\"errorJson\":\"plain words\"}", FiksError.class);

        assertThat(error.errorJson()).isEmpty();
        assertThat(error.status()).isEqualTo(400);
    }
}
