package io.github.fiksclients.innsyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checking an {@link InnsynMelding} as it is built, before anything is sent. */
class InnsynMeldingTest {

    @Test
    void buildNamesTheMeldingAndEveryMissingField() {
        InnsynMelding.Builder builder = InnsynMelding.builder()
                .meldingId(TestMeldinger.id(7))
                .sikkerhetsniva(4)
                .eksponertFor(EksponertFor.fodselsnummer("01017012345"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("InnsynMelding " + TestMeldinger.id(7) + ": missing fiksOrganisasjonId, versjon, metadata");
    }

    @Test
    void buildSaysWhenTheMeldingHasNoId() {
        assertThatThrownBy(() -> TestMeldinger.builder(0).meldingId(null).build())
                .hasMessage("InnsynMelding without meldingId: missing meldingId");
    }

    @Test
    void buildRefusesMetadataThatIsNotAJsonObject() {
        assertThatThrownBy(() -> TestMeldinger.builder(0).metadata(List.of("tittel")).build())
                .hasMessageContaining("metadata must be a JSON object, was an array");
        assertThatThrownBy(() -> TestMeldinger.builder(0).metadataJson("\"tittel\"").build())
                .hasMessageContaining("metadata must be a JSON object, was a single value");
    }

    @Test
    void buildRefusesMetadataTextThatIsNotJson() {
        assertThatThrownBy(() -> TestMeldinger.builder(0).metadataJson("{\"tittel\": ").build())
                .hasMessageContaining(TestMeldinger.id(0).toString())
                .hasMessageContaining("metadata is not valid JSON");
    }

    @Test
    void buildRefusesAnEksternRefWithOtherCharactersAndANegativeSikkerhetsniva() {
        assertThatThrownBy(() -> TestMeldinger.builder(0).eksternRef("plan#sak").sikkerhetsniva(-1).build())
                .hasMessageContaining("eksternRef 'plan#sak'")
                .hasMessageContaining("sikkerhetsniva must not be negative");
    }

    @Test
    void acceptsAnEksternRefWithNorwegianLettersAndPunctuation() {
        assertThat(TestMeldinger.builder(0).eksternRef("Byggesak 2024/118-3, Østre_ål.").build().eksternRef())
                .contains("Byggesak 2024/118-3, Østre_ål.");
    }

    @Test
    void keepsTheMetadataAsItWasWhenBuilt() {
        Map<String, Object> metadata = new HashMap<>(Map.of("tittel", "Før"));
        InnsynMelding melding = TestMeldinger.builder(0).metadata(metadata).build();

        metadata.put("tittel", "Etter");

        assertThat(JsonParser.parseString(melding.metadataJson()))
                .isEqualTo(JsonParser.parseString("{\"tittel\": \"Før\"}"));
    }

    @Test
    void eksponertForChecksTheFormOfEachKindOfIdentifier() {
        assertThatThrownBy(() -> EksponertFor.fodselsnummer("0101701234"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11 digits");
        assertThatThrownBy(() -> EksponertFor.organisasjonsnummer("98765432X"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9 digits");
        assertThatThrownBy(() -> EksponertFor.matrikkelnummer("4601-12/34"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<gardsnr>");
        assertThat(EksponertFor.matrikkelnummer("4601-12/34/0/0").identifikatorType())
                .isEqualTo(EksponertFor.IdentifikatorType.MATRIKKELNUMMER);
    }

    @Test
    void neitherEksponertForNorTheMeldingShowAFodselsnummer() {
        InnsynMelding melding = TestMeldinger.builder(0).eksponertFor(EksponertFor.fodselsnummer("01017012345")).build();

        assertThat(melding.toString()).doesNotContain("01017012345").contains("45");
        assertThatThrownBy(() -> EksponertFor.fodselsnummer("0101701234"))
                .message().doesNotContain("0101701234");
    }
}
