package io.github.fiksclients.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.fiksclients.innsyn.index.v2.model.EksponertFor;
import io.github.fiksclients.innsyn.index.v2.model.IndexMeldingV2;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Meldinger for index requests, with metadata JSON the way an integration encodes it. */
final class InnsynFixtures {

    static final UUID ORGANISASJON = UUID.fromString("a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135");

    private InnsynFixtures() {
    }

    static IndexMeldingV2 melding(String fodselsnummer, String versjon, JsonObject metadata) {
        return new IndexMeldingV2()
                .meldingId(UUID.randomUUID())
                .fiksOrganisasjonId(ORGANISASJON)
                .sikkerhetsniva(3)
                .eksponertFor(new EksponertFor()
                        .identifikatorType(EksponertFor.IdentifikatorTypeEnum.FODSELSNUMMER)
                        .verdi(fodselsnummer))
                .versjon(versjon)
                .meldingMetadata(base64(metadata));
    }

    static IndexMeldingV2 forsendelse(String fodselsnummer, String tittel) {
        return melding(fodselsnummer, "forsendelseV2", forsendelseMetadata(tittel));
    }

    static JsonObject forsendelseMetadata(String tittel) {
        JsonObject metadata = new JsonObject();
        metadata.addProperty("tittel", tittel);
        metadata.addProperty("avsender", "Fjordvik kommune");
        metadata.addProperty("sendtDato", 1_710_241_522_318L);
        metadata.addProperty("lest", false);
        JsonObject dokument = new JsonObject();
        dokument.addProperty("tittel", tittel);
        dokument.addProperty("nedlastingLenke", "https://dokumenter.example.test/vedtak.pdf");
        dokument.addProperty("mimeType", "application/pdf");
        JsonArray dokumenter = new JsonArray();
        dokumenter.add(dokument);
        metadata.add("dokumenter", dokumenter);
        return metadata;
    }

    static String base64(JsonObject metadata) {
        return Base64.getEncoder().encodeToString(metadata.toString().getBytes(StandardCharsets.UTF_8));
    }
}
