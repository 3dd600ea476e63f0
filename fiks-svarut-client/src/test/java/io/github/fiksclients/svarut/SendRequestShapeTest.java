package io.github.fiksclients.svarut;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What {@link SvarUtClient#send} puts on the wire: the multipart body SvarUt documents, part by part. */
class SendRequestShapeTest {

    @RegisterExtension
    final FakeSvarUt svarUt = new FakeSvarUt();

    @TempDir
    Path dir;

    @Test
    void sendsTheMetadataPartFirstThenOneFilePartPerDocumentInOrderNamedByFilnavn() throws Exception {
        byte[] vedtak = "%PDF-1.4 vedtak".getBytes(StandardCharsets.US_ASCII);
        byte[] vedlegg = "<vedlegg/>".getBytes(StandardCharsets.UTF_8);
        Path vedtakFile = Files.write(dir.resolve("vedtak.pdf"), vedtak);
        Forsendelse forsendelse = Forsendelse.builder()
                .tittel("Vedtak i sak 2025/42")
                .mottaker(Mottaker.person("01017012345").navn("Kari Nordmann")
                        .postadresse(Postadresse.norsk("Storgata 1", "0155", "Oslo")))
                .dokument(Dokument.fromFile(vedtakFile))
                .dokument(Dokument.builder().stream("Vedlegg æøå.xml", () -> new ByteArrayInputStream(vedlegg))
                        .skalEkskluderesFraUtskrift(true).build())
                .eksternReferanse("sak-2025-42")
                .avgivendeSystem("Testarkiv")
                .forsendelsestype("Vedtak")
                .build();

        UUID id;
        try (SvarUtClient client = svarUt.client().build()) {
            id = client.send(forsendelse);
        }

        assertThat(svarUt.created()).containsOnlyKeys(id);
        FakeSvarUt.ReceivedSend send = svarUt.sends().get(0);
        assertThat(svarUt.requests()).containsExactly("POST /api/v2/kontoer/" + FakeSvarUt.KONTO + "/forsendelser");
        assertThat(send.contentType()).startsWith("multipart/form-data; boundary=");
        assertThat(send.metadataPartName()).isEqualTo("forsendelse");
        assertThat(send.metadataContentType()).startsWith("application/json");
        JsonObject metadata = send.metadata();
        assertThat(metadata.get("tittel").getAsString()).isEqualTo("Vedtak i sak 2025/42");
        assertThat(metadata.getAsJsonObject("mottaker").get("digitalId").getAsString()).isEqualTo("01017012345");
        assertThat(metadata.getAsJsonObject("mottaker").get("navn").getAsString()).isEqualTo("Kari Nordmann");
        assertThat(metadata.getAsJsonObject("mottaker").get("postnummer").getAsString()).isEqualTo("0155");
        assertThat(metadata.get("eksternReferanse").getAsString()).isEqualTo("sak-2025-42");
        assertThat(metadata.get("avgivendeSystem").getAsString()).isEqualTo("Testarkiv");
        assertThat(metadata.get("kryptert").getAsBoolean()).isFalse();
        assertThat(metadata.getAsJsonArray("dokumenter")).hasSize(2);
        assertThat(metadata.getAsJsonArray("dokumenter").get(0).getAsJsonObject().get("filnavn").getAsString())
                .isEqualTo("vedtak.pdf");
        assertThat(metadata.getAsJsonArray("dokumenter").get(0).getAsJsonObject().get("mimeType").getAsString())
                .isEqualTo("application/pdf");
        assertThat(metadata.getAsJsonArray("dokumenter").get(1).getAsJsonObject().get("filnavn").getAsString())
                .isEqualTo("Vedlegg æøå.xml");
        assertThat(metadata.getAsJsonArray("dokumenter").get(1).getAsJsonObject().get("mimeType").getAsString())
                .isEqualTo("application/xml");

        assertThat(send.documents()).extracting(FakeSvarUt.ReceivedPart::filename)
                .containsExactly("vedtak.pdf", "Vedlegg æøå.xml");
        assertThat(send.documents()).extracting(FakeSvarUt.ReceivedPart::contentType)
                .containsOnly("application/octet-stream");
        assertThat(send.documents().get(0).sha256()).isEqualTo(sha256(vedtak));
        assertThat(send.documents().get(1).sha256()).isEqualTo(sha256(vedlegg));
    }

    @Test
    void namesAnOrganisationByItsNumberWhenNoNavnIsGiven() throws Exception {
        Path file = Files.writeString(dir.resolve("brev.pdf"), "%PDF-1.4 brev");
        try (SvarUtClient client = svarUt.client().build()) {
            client.send(Forsendelse.builder().tittel("Brev").mottaker(Mottaker.organisasjon("999888777"))
                    .dokument(Dokument.fromFile(file)).kunDigitalLevering(true).build());
        }
        JsonObject mottaker = svarUt.sends().get(0).metadata().getAsJsonObject("mottaker");
        assertThat(mottaker.get("navn").getAsString()).isEqualTo("999888777");
        assertThat(svarUt.sends().get(0).metadata().get("kunDigitalLevering").getAsBoolean()).isTrue();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
