package io.github.fiksclients.innsyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Reading an {@link InnsynMelding} from its JSON form, as one line of a JSON Lines file. */
class InnsynMeldingJsonTest {

    private static final String MELDING = """
            {"meldingId": "%s", "fiksOrganisasjonId": "%s", "sikkerhetsniva": 3,
             "eksponertFor": {"identifikatorType": "ORGANISASJONSNUMMER", "verdi": "987654321"},
             "versjon": "forsendelseV2", "metadata": {"tittel": "Vedtak", "lest": false},
             "eksternRef": "sak.vedtak", "tilgjengeligTil": "2025-07-01T00:00:00+02:00"}
            """.formatted(TestMeldinger.id(1), TestMeldinger.ORGANISASJON);

    @Test
    void readsEveryFieldWithTheMetadataAsAPlainObject() {
        InnsynMelding melding = InnsynMelding.fromJson(MELDING);

        assertThat(melding.meldingId()).isEqualTo(TestMeldinger.id(1));
        assertThat(melding.fiksOrganisasjonId()).isEqualTo(TestMeldinger.ORGANISASJON);
        assertThat(melding.sikkerhetsniva()).isEqualTo(3);
        assertThat(melding.eksponertFor()).isEqualTo(EksponertFor.organisasjonsnummer("987654321"));
        assertThat(melding.versjon()).isEqualTo(MeldingVersjon.FORSENDELSE_V2);
        assertThat(JsonParser.parseString(melding.metadataJson()))
                .isEqualTo(JsonParser.parseString("{\"tittel\": \"Vedtak\", \"lest\": false}"));
        assertThat(melding.eksternRef()).contains("sak.vedtak");
        assertThat(melding.tilgjengeligTil()).contains(OffsetDateTime.of(2025, 7, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)));
    }

    @Test
    void readsTheIndexApisMeldingMetadataAsAJsonObjectOrAsBase64AsOnTheWire() {
        String metadata = "{\"tittel\": \"Vedtak om byggesøknad\", \"lest\": false}";
        String base64 = Base64.getEncoder().encodeToString(metadata.getBytes(StandardCharsets.UTF_8));

        InnsynMelding asObject = InnsynMelding.fromJson(MELDING.replace("\"metadata\": {\"tittel\": \"Vedtak\", "
                + "\"lest\": false}", "\"meldingMetadata\": " + metadata));
        InnsynMelding asBase64 = InnsynMelding.fromJson(MELDING.replace("\"metadata\": {\"tittel\": \"Vedtak\", "
                + "\"lest\": false}", "\"meldingMetadata\": \"" + base64 + "\""));

        assertThat(JsonParser.parseString(asObject.metadataJson())).isEqualTo(JsonParser.parseString(metadata));
        assertThat(JsonParser.parseString(asBase64.metadataJson())).isEqualTo(JsonParser.parseString(metadata));
    }

    @Test
    void saysWhatIsWrongWithMeldingMetadataThatIsNeitherAnObjectNorBase64OfOne() {
        String withoutMetadata = MELDING.replace("\"metadata\": {\"tittel\": \"Vedtak\", \"lest\": false},", "");
        String notBase64 = withoutMetadata.replace("\"eksternRef\"", "\"meldingMetadata\": \"ikke base64!\", \"eksternRef\"");
        String base64OfArray = withoutMetadata.replace("\"eksternRef\"", "\"meldingMetadata\": \""
                + Base64.getEncoder().encodeToString("[1]".getBytes(StandardCharsets.UTF_8)) + "\", \"eksternRef\"");
        String aNumber = withoutMetadata.replace("\"eksternRef\"", "\"meldingMetadata\": 7, \"eksternRef\"");

        assertThatThrownBy(() -> InnsynMelding.fromJson(notBase64)).hasMessageContaining(
                "meldingMetadata is a string but not the Base64 of UTF-8 text");
        assertThatThrownBy(() -> InnsynMelding.fromJson(base64OfArray)).hasMessageContaining(
                "meldingMetadata is Base64 of an array, not of a JSON object");
        assertThatThrownBy(() -> InnsynMelding.fromJson(aNumber)).hasMessageContaining(
                "meldingMetadata must be a JSON object or the Base64 of one, was a single value");
        assertThatThrownBy(() -> InnsynMelding.fromJson(MELDING.replace("\"eksternRef\"",
                "\"meldingMetadata\": {}, \"eksternRef\""))).hasMessageContaining(
                "give metadata or meldingMetadata, not both");
    }

    @Test
    void namesTheMeldingAndEveryFieldOfTheWrongTypeOrUnknown() {
        String json = MELDING.replace("\"sikkerhetsniva\": 3", "\"sikkerhetsniva\": \"høy\"")
                .replace("\"2025-07-01T00:00:00+02:00\"", "\"i morgen\"")
                .replace("\"eksternRef\"", "\"eksternref\"");

        assertThatThrownBy(() -> InnsynMelding.fromJson(json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("InnsynMelding " + TestMeldinger.id(1) + ": unknown field eksternref; "
                        + "sikkerhetsniva must be a whole number, was \"høy\"; "
                        + "tilgjengeligTil must be an ISO 8601 date-time with offset, was \"i morgen\"");
    }

    @Test
    void reportsMissingFieldsAsBuildDoes() {
        assertThatThrownBy(() -> InnsynMelding.fromJson("{\"meldingId\": \"" + TestMeldinger.id(2) + "\"}"))
                .hasMessage("InnsynMelding " + TestMeldinger.id(2)
                        + ": missing fiksOrganisasjonId, sikkerhetsniva, eksponertFor, versjon, metadata");
    }

    @Test
    void neverPutsTheFodselsnummerOfAnInvalidEksponertForInTheMessage() {
        String json = MELDING.replace("\"ORGANISASJONSNUMMER\", \"verdi\": \"987654321\"",
                "\"FODSELSNUMMER\", \"verdi\": \"0101701234\"");

        assertThatThrownBy(() -> InnsynMelding.fromJson(json))
                .hasMessageContaining("eksponertFor: Not a valid FODSELSNUMMER")
                .message().doesNotContain("0101701234");
    }

    @Test
    void refusesTextThatIsNotAJsonObject() {
        assertThatThrownBy(() -> InnsynMelding.fromJson("[1, 2]")).hasMessage("InnsynMelding: must be a JSON object");
        assertThatThrownBy(() -> InnsynMelding.fromJson("{\"meldingId\": ")).hasMessageStartingWith(
                "InnsynMelding: not valid JSON");
    }
}
