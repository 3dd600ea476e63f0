package io.github.fiksclients.innsyn;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.github.fiksclients.innsyn.index.v2.JSON;
import io.github.fiksclients.innsyn.index.v2.model.EksponertFor.IdentifikatorTypeEnum;
import io.github.fiksclients.innsyn.index.v2.model.IndexMeldingV2;
import io.github.fiksclients.innsyn.index.v2.model.IndexRequestV2;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A melding written once as wire JSON is exactly what the generated model and its Gson write. */
class SerializedMeldingTest {

    @Test
    void writesWhatTheGeneratedModelWritesForEveryField() {
        InnsynMelding melding = TestMeldinger.builder(3)
                .eksponertFor(EksponertFor.matrikkelnummer("4601-12/34/0/0"))
                .versjon(MeldingVersjon.of("brev\"V7\\\u2028\u0001"))
                .metadataJson("{\"tittel\": \"Vedtak om byggesøknad \uD83C\uDFE0\"}")
                .eksternRef("Byggesak 2024/118-3, Østre_ål.")
                .tilgjengeligTil(OffsetDateTime.of(2025, 7, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)))
                .build();
        IndexMeldingV2 generated = new IndexMeldingV2()
                .meldingId(melding.meldingId())
                .fiksOrganisasjonId(melding.fiksOrganisasjonId())
                .sikkerhetsniva(melding.sikkerhetsniva())
                .eksponertFor(new io.github.fiksclients.innsyn.index.v2.model.EksponertFor()
                        .identifikatorType(IdentifikatorTypeEnum.MATRIKKELNUMMER).verdi("4601-12/34/0/0"))
                .versjon(melding.versjon().value())
                .eksternRef("Byggesak 2024/118-3, Østre_ål.")
                .tilgjengeligTil(melding.tilgjengeligTil().orElseThrow())
                .meldingMetadata(Base64.getEncoder().encodeToString(
                        melding.metadataJson().getBytes(StandardCharsets.UTF_8)));

        SerializedMelding serialized = SerializedMelding.of(melding, 3);

        assertThat(JsonParser.parseString(serialized.json()))
                .isEqualTo(JSON.gson().toJsonTree(generated, IndexMeldingV2.class));
        assertThat(serialized.bytes()).isEqualTo(serialized.json().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void leavesOutTheFieldsThatAreNotSet() {
        SerializedMelding serialized = SerializedMelding.of(TestMeldinger.melding(0), 0);

        assertThat(JsonParser.parseString(serialized.json()).getAsJsonObject().keySet()).containsExactly("meldingId",
                "sikkerhetsniva", "eksponertFor", "fiksOrganisasjonId", "versjon", "meldingMetadata");
    }

    @Test
    void goesIntoTheGeneratedRequestAsItsJson() {
        SerializedMelding first = SerializedMelding.of(TestMeldinger.melding(0), 0);
        SerializedMelding second = SerializedMelding.of(TestMeldinger.melding(1), 1);

        String body = JSON.gson().toJson(new IndexRequestV2().meldinger(List.of(first, second)));

        assertThat(body).isEqualTo("{\"meldinger\":[" + first.json() + "," + second.json() + "]}");
        assertThat(body).hasSize((int) (BatchIndexer.ENVELOPE_BYTES + first.bytes() + 1 + second.bytes()));
    }
}
