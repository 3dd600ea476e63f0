package io.github.fiksclients.innsyn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.innsyn.index.v1.JSON;
import io.github.fiksclients.innsyn.index.v1.model.Forelder;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV1;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2Adresse;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2Dokument;
import io.github.fiksclients.innsyn.index.v1.model.InnsendtskjemaV1;
import io.github.fiksclients.innsyn.index.v1.model.KommunaltjenesteV1;
import io.github.fiksclients.innsyn.index.v1.model.MatrikkelenhetV1;
import io.github.fiksclients.innsyn.index.v1.model.MeldingMetadata;
import io.github.fiksclients.innsyn.index.v1.model.OppgaveV1;
import io.github.fiksclients.innsyn.index.v1.model.SkjemakladdV1;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Metadata is written as the generated setup writes it, versjon included, only faster. */
class MetadataTreesTest {

    static Stream<Object> metadata() {
        return Stream.of(
                new ForsendelseV1(), new ForsendelseV2(), new InnsendtskjemaV1(), new KommunaltjenesteV1(),
                new MatrikkelenhetV1(), new OppgaveV1(), new SkjemakladdV1(),
                new ForsendelseV2().tittel("Vedtak <om> \"byggesøknad\" & svar").sendtDato(1_714_550_400_000L)
                        .lest(true).avsender("Fjordvik kommune")
                        .forelder(new Forelder().meldingId(UUID.randomUUID()).type(Forelder.TypeEnum.BYGGESAK))
                        .mottakerAdresse(new ForsendelseV2Adresse().navn("Kari").postnummer("0150"))
                        .addDokumenterItem(new ForsendelseV2Dokument().tittel("a").size(12).mimeType("m")
                                .nedlastingLenke("l")),
                new ForsendelseV2().versjon(MeldingMetadata.VersjonEnum.FORSENDELSE_V1).tittel("Satt versjon"),
                new OppgaveV1().utfortKriterie(OppgaveV1.UtfortKriterieEnum.ALL).frist(17L),
                Map.of("tittel", "Kart", "når", OffsetDateTime.of(2025, 7, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)),
                        "liste", List.of(1, 2.5, "tre")));
    }

    @ParameterizedTest
    @MethodSource("metadata")
    void writesWhatTheGeneratedSetupWrites(Object metadata) {
        assertThat(MetadataTrees.of(metadata)).isEqualTo(JSON.gson().toJsonTree(metadata));
        assertThat(MetadataTrees.of(metadata).toString()).isEqualTo(JSON.gson().toJsonTree(metadata).toString());
    }
}
