package io.github.fiksclients.innsyn.index.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.fiksclients.innsyn.ApiServer;
import io.github.fiksclients.innsyn.RecordedRequests;
import io.github.fiksclients.innsyn.TestApis;
import io.github.fiksclients.innsyn.index.v1.api.IndexApi;
import io.github.fiksclients.innsyn.index.v1.model.EksponertFor;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV1;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV1Dokument;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2Adresse;
import io.github.fiksclients.innsyn.index.v1.model.IndexMeldingV1;
import io.github.fiksclients.innsyn.index.v1.model.InnsendtskjemaV1;
import io.github.fiksclients.innsyn.index.v1.model.KommunaltjenesteV1;
import io.github.fiksclients.innsyn.index.v1.model.MatrikkelenhetV1;
import io.github.fiksclients.innsyn.index.v1.model.MatrikkelnummerV1;
import io.github.fiksclients.innsyn.index.v1.model.MeldingIndexResponseV1;
import io.github.fiksclients.innsyn.index.v1.model.MeldingMetadata;
import io.github.fiksclients.innsyn.index.v1.model.OppgaveV1;
import io.github.fiksclients.innsyn.index.v1.model.SkjemaFilV1;
import io.github.fiksclients.innsyn.index.v1.model.SkjemakladdV1;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated client of {@code innsyn-index-api-v1}: {@code index} with polymorphic {@code MeldingMetadata}. */
@SuppressWarnings("deprecation")
class IndexV1ApiTest {

    private static final UUID MELDING = UUID.fromString("4d9c2a7e-1b36-4f85-a0d7-63e8f5b2c914");
    private static final UUID ORGANISASJON = UUID.fromString("a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135");
    private static final String COUNTS = "{\"opprettet\": 1, \"oppdatert\": 0, \"manglerSamtykke\": 0}";

    @RegisterExtension
    final ApiServer<IndexApi> server = new ApiServer<>(IndexApi.class);

    @Test
    void indexPutsTheMessagesAsAJsonArray() throws Exception {
        server.respondWith(COUNTS);
        ForsendelseV1 forsendelse = new ForsendelseV1()
                .tittel("Vedtak om byggetillatelse")
                .avsender("Fjordvik kommune")
                .mottaker("Kari Nordmann")
                .sendtDato(1714557600000L)
                .lest(false)
                .addDokumenterItem(new ForsendelseV1Dokument()
                        .tittel("vedtak.pdf").size(2048).nedlastingLenke("https://example.test/vedtak.pdf"));

        server.api().index(List.of(melding(forsendelse))).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("PUT /innsyn-index/api/v1/indexRequest");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonArray body = RecordedRequests.jsonBody(request).getAsJsonArray();
        assertThat(body).hasSize(1);
        JsonObject melding = body.get(0).getAsJsonObject();
        assertThat(melding.get("meldingId").getAsString()).isEqualTo(MELDING.toString());
        assertThat(melding.get("sikkerhetsniva").getAsInt()).isEqualTo(3);
        assertThat(melding.get("fiksOrganisasjonId").getAsString()).isEqualTo(ORGANISASJON.toString());
        assertThat(melding.get("eksternRef").getAsString()).isEqualTo("sakssystem.byggesak");
        JsonObject eksponertFor = melding.getAsJsonObject("eksponertFor");
        assertThat(eksponertFor.get("identifikatorType").getAsString()).isEqualTo("FODSELSNUMMER");
        assertThat(eksponertFor.get("verdi").getAsString()).isEqualTo("01017012345");
        JsonObject metadata = melding.getAsJsonObject("meldingMetadata");
        assertThat(metadata.get("tittel").getAsString()).isEqualTo("Vedtak om byggetillatelse");
        assertThat(metadata.get("sendtDato").getAsLong()).isEqualTo(1714557600000L);
        assertThat(metadata.get("lest").getAsBoolean()).isFalse();
        assertThat(metadata.getAsJsonArray("dokumenter").get(0).getAsJsonObject().get("nedlastingLenke").getAsString())
                .isEqualTo("https://example.test/vedtak.pdf");
    }

    static Stream<Arguments> eachMetadataSubtype() {
        return Stream.of(
                Arguments.of(new ForsendelseV1().tittel("Brev"), "forsendelseV1", "tittel"),
                Arguments.of(new ForsendelseV2().mottakerAdresse(new ForsendelseV2Adresse().navn("Kari")),
                        "forsendelseV2", "mottakerAdresse"),
                Arguments.of(new InnsendtskjemaV1().skjemafil(new SkjemaFilV1().filnavn("skjema.pdf")),
                        "innsendtskjemaV1", "skjemafil"),
                Arguments.of(new KommunaltjenesteV1().rettetMot(KommunaltjenesteV1.RettetMotEnum.PERSON),
                        "kommunaltjenesteV1", "rettetMot"),
                Arguments.of(new MatrikkelenhetV1().matrikkelnummer(new MatrikkelnummerV1().gardsnummer("12")),
                        "matrikkelenhetV1", "matrikkelnummer"),
                Arguments.of(new OppgaveV1().utfortKriterie(OppgaveV1.UtfortKriterieEnum.ALL), "oppgaveV1",
                        "utfortKriterie"),
                Arguments.of(new SkjemakladdV1().url("https://example.test/kladd"), "skjemakladdV1", "url"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("eachMetadataSubtype")
    void indexWritesTheVersjonOfEachMetadataSubtypeTheCallerLeftUnset(MeldingMetadata metadata, String versjon,
            String ownProperty) throws Exception {
        server.respondWith(COUNTS);

        server.api().index(List.of(melding(metadata))).execute();

        JsonObject written = RecordedRequests.jsonBody(server.takeRequest()).getAsJsonArray().get(0).getAsJsonObject()
                .getAsJsonObject("meldingMetadata");
        assertThat(written.get("versjon").getAsString()).isEqualTo(versjon);
        assertThat(written.has(ownProperty)).as("the subtype's own property %s is written", ownProperty).isTrue();
    }

    @Test
    void indexWritesTheVersjonACallerSetOnTheBaseType() throws Exception {
        server.respondWith(COUNTS);

        server.api().index(List.of(
                melding(new MeldingMetadata().versjon(MeldingMetadata.VersjonEnum.FAKTURA_V1)))).execute();

        JsonObject written = RecordedRequests.jsonBody(server.takeRequest()).getAsJsonArray().get(0).getAsJsonObject()
                .getAsJsonObject("meldingMetadata");
        assertThat(written.get("versjon").getAsString()).isEqualTo("fakturaV1");
    }

    @Test
    void indexDecodesTheCountsAndTheMessagesWithoutConsent() throws Exception {
        server.respondWith("""
                {
                  "opprettet": 3,
                  "oppdatert": 1,
                  "manglerSamtykke": 1,
                  "meldingerUtenSamtykke": ["4d9c2a7e-1b36-4f85-a0d7-63e8f5b2c914"],
                  "behandlingstid": "12 ms"
                }
                """);

        MeldingIndexResponseV1 response = server.api().index(List.of(melding(new ForsendelseV1().tittel("Brev")))).execute();

        assertThat(response.getOpprettet()).isEqualTo(3);
        assertThat(response.getOppdatert()).isEqualTo(1);
        assertThat(response.getManglerSamtykke()).isEqualTo(1);
        assertThat(response.getMeldingerUtenSamtykke()).containsExactly(MELDING);
    }

    private static IndexMeldingV1 melding(MeldingMetadata metadata) {
        return new IndexMeldingV1()
                .meldingId(MELDING)
                .sikkerhetsniva(3)
                .eksponertFor(new EksponertFor()
                        .identifikatorType(EksponertFor.IdentifikatorTypeEnum.FODSELSNUMMER)
                        .verdi("01017012345"))
                .fiksOrganisasjonId(ORGANISASJON)
                .eksternRef("sakssystem.byggesak")
                .meldingMetadata(metadata);
    }
}
