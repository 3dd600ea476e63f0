package io.github.fiksclients.cli;

import io.github.fiksclients.innsyn.EksponertFor;
import io.github.fiksclients.innsyn.InnsynMelding;
import io.github.fiksclients.innsyn.MeldingVersjon;
import io.github.fiksclients.testkit.SimulatedForsendelse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The made-up data of {@code fiks demo} and {@code fiks simulator --with-demo-data}: three small forsendelser for
 * the demo mottakersystem, and five Innsyn meldinger for two citizens, three of them for the first.
 */
final class DemoData {

    /** The citizen the demo searches for. */
    static final String CITIZEN = "01010111111";

    /** Another citizen, whose meldinger the first one must not see. */
    static final String OTHER_CITIZEN = "02020222222";

    /** What the demo searches for: two of {@link #CITIZEN}'s meldinger match, and one of the other citizen's. */
    static final String SEARCH_TERM = "vedtak";

    /** How many of {@link #CITIZEN}'s meldinger match {@link #SEARCH_TERM}. */
    static final int EXPECTED_HITS = 2;

    private static final UUID FIKS_ORGANISASJON = UUID.fromString("5e1f0c2a-7b3d-4e8f-9a60-3c2d1b0a9f84");
    private static final String KOMMUNE = "Fjordvik kommune";

    private DemoData() {
    }

    static List<SimulatedForsendelse> forsendelser() {
        return List.of(
                SimulatedForsendelse.builder()
                        .tittel("Vedtak i byggesak 2024/17")
                        .avsender(KOMMUNE)
                        .file("vedtak.pdf", "application/pdf", text("%PDF-1.7\n% Vedtak: byggetillatelse for "
                                + "carport, Storgata 1. Tiltaket godkjennes.\n%%EOF\n"))
                        .file("situasjonsplan.png", "image/png", pattern(2048))
                        .build(),
                SimulatedForsendelse.builder()
                        .tittel("Protokoll fra kommunestyret 12. mars")
                        .avsender(KOMMUNE)
                        .file("protokoll.txt", "text/plain", text("Sak 14/24: Budsjett vedtatt mot 3 stemmer.\n"))
                        .build(),
                SimulatedForsendelse.builder()
                        .tittel("Faktura for vann og avløp")
                        .avsender("Fjordvik kommunale eiendom KF")
                        .sikkerhetsniva(4)
                        .file("faktura.pdf", "application/pdf", text("%PDF-1.7\n% Faktura 2024-031: 2 412 kr\n%%EOF\n"))
                        .file("betalingsinformasjon.txt", "text/plain", text("Kontonummer 1234.56.78903, KID 0031\n"))
                        .build());
    }

    /** The title of the forsendelse the demo sends through SvarUt. */
    static final String SVARUT_TITTEL = "Nabovarsel i byggesak 2024/17";

    /** The documents the demo sends through SvarUt: file names and contents, in order. */
    static Map<String, byte[]> svarUtDokumenter() {
        Map<String, byte[]> dokumenter = new LinkedHashMap<>();
        dokumenter.put("nabovarsel.pdf", text("%PDF-1.7\n% Nabovarsel: carport, Storgata 1. Merknader innen 14 dager."
                + "\n%%EOF\n"));
        dokumenter.put("situasjonskart.pdf", text("%PDF-1.7\n% Situasjonskart for Storgata 1\n%%EOF\n"));
        return dokumenter;
    }

    static List<InnsynMelding> meldinger() {
        return List.of(
                melding(CITIZEN, "Vedtak om byggetillatelse for carport"),
                melding(CITIZEN, "Vedtak om skoleskyss"),
                melding(CITIZEN, "Faktura for vann og avløp"),
                melding(OTHER_CITIZEN, "Vedtak om byggetillatelse for garasje"),
                melding(OTHER_CITIZEN, "Svar på søknad om parkeringstillatelse"));
    }

    private static InnsynMelding melding(String fodselsnummer, String tittel) {
        return InnsynMelding.builder()
                .meldingId(UUID.randomUUID())
                .fiksOrganisasjonId(FIKS_ORGANISASJON)
                .sikkerhetsniva(3)
                .eksponertFor(EksponertFor.fodselsnummer(fodselsnummer))
                .versjon(MeldingVersjon.FORSENDELSE_V2)
                .metadata(Map.of("tittel", tittel, "avsender", KOMMUNE, "sendtDato", 1_710_241_522_318L,
                        "lest", false, "dokumenter", List.of(Map.of("tittel", tittel, "mimeType", "application/pdf",
                                "nedlastingLenke", "https://dokumenter.example.test/fiks-demo.pdf"))))
                .eksternRef("fiks-demo")
                .build();
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that look like an image to nobody but have a size: the PNG signature, then a repeating pattern. */
    private static byte[] pattern(int size) {
        byte[] bytes = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        for (int i = signature.length; i < size; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }
}
