package io.github.fiksclients.innsyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2Dokument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checking metadata against its versjon's model, as the Innsyn index spec declares it. */
class MetadataModelsTest {

    private static final Path SPEC = Path.of("..", "specs", "innsyn", MetadataModels.SPEC_RESOURCE);

    @Test
    void theModelsAreReadFromTheIndexSpecTheClientWasGeneratedFrom() throws IOException {
        byte[] shipped;
        try (InputStream in = MetadataModels.class.getResourceAsStream(MetadataModels.SPEC_RESOURCE)) {
            shipped = in.readAllBytes();
        }

        assertThat(shipped).isEqualTo(Files.readAllBytes(SPEC));
    }

    @Test
    void everyVersjonThatExtendsTheMetadataBaseHasAModel() {
        assertThat(MetadataModels.get().versjoner()).containsExactlyInAnyOrder("forsendelseV1", "forsendelseV2",
                "innsendtskjemaV1", "kommunaltjenesteV1", "matrikkelenhetV1", "oppgaveV1", "skjemakladdV1");
    }

    @Test
    void acceptsTheGeneratedModelFilledAsTheSpecRequires() {
        ForsendelseV2 forsendelse = new ForsendelseV2().tittel("Vedtak").avsender("Fjordvik kommune")
                .sendtDato(1_714_550_400_000L).lest(false).addDokumenterItem(new ForsendelseV2Dokument()
                        .tittel("vedtak.pdf").mimeType("application/pdf").nedlastingLenke("https://example.test/v"));

        InnsynMelding melding = TestMeldinger.builder(0).metadata(forsendelse).build();

        assertThat(melding.metadataProblems()).isEmpty();
    }

    @Test
    void namesEveryMissingRequiredPropertyWithItsPath() {
        InnsynMelding melding = TestMeldinger.builder(0).metadata(Map.of("tittel", "Vedtak",
                "dokumenter", List.of(Map.of("tittel", "a.pdf"), Map.of("mimeType", "application/pdf")))).build();

        assertThat(melding.metadataProblems()).containsExactly(
                "avsender is missing", "lest is missing", "sendtDato is missing",
                "dokumenter[0].mimeType is missing", "dokumenter[0].nedlastingLenke is missing",
                "dokumenter[1].nedlastingLenke is missing", "dokumenter[1].tittel is missing");
    }

    @Test
    void checksTypesFormatsEnumsLengthsAndPatternsWithoutShowingTheValues() {
        String json = """
                {"tittel": "", "avsender": 17, "sendtDato": 1.5, "lest": "nei", "dokumenter": {},
                 "korrelasjonId": "sak 12", "forelder": {"meldingId": "ikke-en-uuid", "type": "brev"},
                 "returAdresse": "Storgata 1"}
                """;

        assertThat(MeldingVersjon.FORSENDELSE_V2.checkMetadata(json)).containsExactly(
                "korrelasjonId must match the pattern ^[A-Za-z0-9\\-]+$",
                "forelder.meldingId must be a UUID",
                "forelder.type must be one of [\"faktura\",\"mappe\",\"journalpost\",\"barnevernmappe\","
                        + "\"barnevernjournalpost\",\"byggesak\",\"innsendtskjema\",\"skjemakladd\",\"oppgave\"], "
                        + "was another value",
                "tittel must not be empty",
                "sendtDato must be a whole number (int64), was a number",
                "avsender must be a string, was a number",
                "returAdresse must be an object, was a string",
                "lest must be true or false, was a string",
                "dokumenter must be an array, was an object")
                .noneMatch(problem -> problem.contains("sak 12") || problem.contains("Storgata"));
    }

    @Test
    void takesAnInt64AsAStringOfDigitsAsInnsynsSchemasDoAndChecksItsRange() {
        String valid = "{\"tittel\": \"T\", \"avsender\": \"A\", \"sendtDato\": \"1714550400000\", \"lest\": true, "
                + "\"dokumenter\": [{\"tittel\": \"d\", \"nedlastingLenke\": \"l\", \"mimeType\": \"m\", "
                + "\"size\": 2147483648}]}";

        assertThat(MeldingVersjon.FORSENDELSE_V2.checkMetadata(valid))
                .containsExactly("dokumenter[0].size is out of range for int32");
    }

    @Test
    void checksNothingForAVersjonWithoutAModel() {
        assertThat(MeldingVersjon.FAKTURA_V1.checkMetadata("{\"tittel\": 1}")).isEmpty();
        assertThat(MeldingVersjon.of("brevV7").checkMetadata("{}")).isEmpty();
        assertThat(TestMeldinger.builder(0).versjon("brevV7").metadata(Map.of()).build().metadataProblems()).isEmpty();
    }

    @Test
    void checkMetadataRefusesTextThatIsNotAJsonObject() {
        assertThatThrownBy(() -> MeldingVersjon.FORSENDELSE_V2.checkMetadata("[]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> MeldingVersjon.FORSENDELSE_V2.checkMetadata("{"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
    }
}
