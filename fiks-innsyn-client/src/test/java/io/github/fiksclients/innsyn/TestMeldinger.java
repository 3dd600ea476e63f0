package io.github.fiksclients.innsyn;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Messages to index, made on demand from their position so that a test can stream any number of them. */
public final class TestMeldinger {

    /** The Fiks organisation every test message belongs to. */
    public static final UUID ORGANISASJON = UUID.fromString("a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135");

    private TestMeldinger() {
    }

    /**
     * The id of the message at a position.
     *
     * @param position the position, from 0
     * @return an id that encodes the position
     */
    public static UUID id(long position) {
        return new UUID(0x4d9c2a7e1b364f85L, position);
    }

    /**
     * The position a test message id encodes.
     *
     * @param id an id made by {@link #id(long)}
     * @return the position
     */
    public static long positionOf(UUID id) {
        return id.getLeastSignificantBits();
    }

    /**
     * A valid message for a position, with small forsendelseV2 metadata.
     *
     * @param position the position, from 0
     * @return the message
     */
    public static InnsynMelding melding(long position) {
        return builder(position).build();
    }

    /**
     * A builder with every required field of the message at a position set.
     *
     * @param position the position, from 0
     * @return the builder
     */
    public static InnsynMelding.Builder builder(long position) {
        return InnsynMelding.builder()
                .meldingId(id(position))
                .fiksOrganisasjonId(ORGANISASJON)
                .sikkerhetsniva(4)
                .eksponertFor(EksponertFor.fodselsnummer("01017012345"))
                .versjon(MeldingVersjon.FORSENDELSE_V2)
                .metadata(forsendelse("Melding " + position));
    }

    /**
     * Metadata that matches the forsendelseV2 model: every required property, one document.
     *
     * @param tittel the title of the forsendelse and its document
     * @return the metadata, as a map
     */
    public static Map<String, Object> forsendelse(String tittel) {
        return Map.of("tittel", tittel, "avsender", "Fjordvik kommune", "sendtDato", 1_714_550_400_000L,
                "lest", false, "dokumenter", List.of(Map.of("tittel", tittel,
                        "nedlastingLenke", "https://dokumenter.example.test/vedtak.pdf",
                        "mimeType", "application/pdf")));
    }

    /**
     * A lazy stream of the messages at positions 0 to {@code count - 1}.
     *
     * @param count how many
     * @return the messages, each made when it is read
     */
    public static Stream<InnsynMelding> meldinger(long count) {
        return LongStream.range(0, count).mapToObj(TestMeldinger::melding);
    }
}
