package io.github.fiksclients.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
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

    /** The details a Fiks service attaches to an authorization error, bound to a class of the caller's own. */
    static final class NotAuthorizedDetails {
        String integrasjonId;
        String fiksOrgId;
    }

    @Test
    void parsedErrorJsonReadsAsMapAndAsBoundClass() {
        String body = """
                {"timestamp":1767225600000,"status":403,"error":"Forbidden","errorId":"7f3c2a",
                 "path":"/api/v2/indexRequest","originalPath":"/innsyn-index/api/v2/indexRequest",
                 "errorJson":{"integrasjonId":"3f1e9b1c","fiksOrgId":"b2a4d6e8"}}
                """;

        FiksError error = FiksErrorParser.parse(body.getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(error.errorJsonAsMap()).isEqualTo(Map.of("integrasjonId", "3f1e9b1c", "fiksOrgId", "b2a4d6e8"));
        NotAuthorizedDetails details = error.errorJsonAs(NotAuthorizedDetails.class).orElseThrow();
        assertThat(details.integrasjonId).isEqualTo("3f1e9b1c");
        assertThat(details.fiksOrgId).isEqualTo("b2a4d6e8");
        assertThat(error.originalPath()).isEqualTo("/innsyn-index/api/v2/indexRequest");
        assertThat(error.timestamp()).hasToString("2026-01-01T00:00:00Z");
    }
}
