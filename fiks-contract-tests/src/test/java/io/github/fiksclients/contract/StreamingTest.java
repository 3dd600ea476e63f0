package io.github.fiksclients.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.GeneratedContent;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.contract.StreamingServer.ReceivedPart;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.dokumentlager.upload.v1.api.DokumentlagerUploadApi;
import io.github.fiksclients.dokumentlager.upload.v1.model.DokumentMetadataUploadResult;
import io.github.fiksclients.dokumentlager.upload.v1.model.UploadMetadataAndDokumentRequestMetadata;
import io.github.fiksclients.esignering.v1.api.EsigneringSigneringApi;
import io.github.fiksclients.esignering.v1.model.SigneringsoppdragRequest;
import io.github.fiksclients.esignering.v1.model.SigneringsoppdragResponse;
import io.github.fiksclients.iokatalog.katalog.v1.api.FiksIoKatalogApi;
import io.github.fiksclients.iokatalog.katalog.v1.model.OffentligNokkelStatusApiModel;
import io.github.fiksclients.svarut.send.v2.api.SendApi;
import io.github.fiksclients.svarut.send.v2.model.Dokument;
import io.github.fiksclients.svarut.send.v2.model.Forsendelse;
import io.github.fiksclients.svarut.send.v2.model.SendForsendelseResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Uploads and downloads larger than the heap go through the generated calls in constant memory: Dokumentlager's
 * metadata and document, the Fiks IO catalogue's certificate check, eSignering's document and signed document,
 * and SvarUt's send with several documents.
 *
 * <p>Tagged {@code bounded-heap}: this module's pom runs it in a JVM with {@code -Xmx32m}, where holding a file (or
 * a large part of it) would fail with OutOfMemoryError. The files are made as they are sent and the server reads
 * them as they arrive ({@link StreamingServer}), keeping only their size and SHA-256, so neither side of the test
 * holds them either.
 */
@Tag("bounded-heap")
class StreamingTest {

    private static final long MIB = 1024 * 1024;
    private static final long LARGE = 64 * MIB;
    private static final MediaType PDF = MediaType.get("application/pdf");
    private static final UUID FIKS_ORG = UUID.fromString("5d6e7f80-91a2-4b3c-8d4e-5f60718293a4");
    private static final UUID KONTO = UUID.fromString("0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");

    private StreamingServer server;
    private FiksClient fiks;

    @BeforeEach
    void start() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).as("heap of the JVM running this test (at most half a file)")
                .isLessThanOrEqualTo(LARGE / 2);
        server = new StreamingServer();
        fiks = FiksClient.builder()
                .baseUrl(server.url())
                .authentication(FiksAuthentication.integrasjon("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
                        Secret.of("streaming-integrasjon-passord"), () -> "streaming-maskinporten-token"))
                .build();
    }

    @AfterEach
    void stop() {
        if (fiks != null) {
            fiks.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void dokumentlagerUploadsADocumentLargerThanTheHeapAfterItsMetadata() throws IOException {
        UUID id = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
        server.answerJson("{\"id\":\"" + id + "\"}");
        MultipartBody.Part dokument = MultipartBody.Part.createFormData("dokument", "arkiv.pdf",
                generated(1, LARGE, PDF));

        DokumentMetadataUploadResult result = fiks.create(DokumentlagerUploadApi.class)
                .uploadMetadataAndDokument(FIKS_ORG, KONTO, false,
                        new UploadMetadataAndDokumentRequestMetadata().dokumentnavn("arkiv.pdf").mimetype("application/pdf"),
                        dokument)
                .execute();

        assertThat(result.getId()).isEqualTo(id);
        assertThat(StreamingServer.names(server.parts())).containsExactly("metadata", "dokument");
        assertThat(server.parts().get(0).contentType()).startsWith("application/json");
        assertThat(server.parts().get(1)).isEqualTo(
                new ReceivedPart("dokument", "arkiv.pdf", "application/pdf", LARGE, GeneratedContent.sha256(1, LARGE)));
    }

    @Test
    void theFiksIoCatalogueChecksACertificateFileLargerThanTheHeap() throws IOException {
        server.answerJson("{\"gyldig\":true,\"melding\":\"ok\"}");
        MultipartBody.Part file = MultipartBody.Part.createFormData("file", "virksomhet.p12",
                generated(2, LARGE, MediaType.get("application/x-pkcs12")));

        OffentligNokkelStatusApiModel status = fiks.create(FiksIoKatalogApi.class)
                .verifiserSertifikat(file, "PKCS12", "sertifikat-passord")
                .execute();

        assertThat(status.getGyldig()).isTrue();
        assertThat(StreamingServer.names(server.parts())).containsExactly("file", "format", "passord");
        assertThat(server.parts().get(0)).isEqualTo(new ReceivedPart("file", "virksomhet.p12", "application/x-pkcs12",
                LARGE, GeneratedContent.sha256(2, LARGE)));
    }

    @Test
    void eSigneringUploadsADocumentAndDownloadsTheSignedOneLargerThanTheHeap() throws IOException {
        UUID signering = UUID.fromString("2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091");
        server.answerJson("{\"signeringsid\":\"" + signering + "\",\"signeringsurl\":\"https://signering.example\"}");
        EsigneringSigneringApi esignering = fiks.create(EsigneringSigneringApi.class);

        SigneringsoppdragResponse created = esignering.oppretterSigneringsoppdrag(
                new SigneringsoppdragRequest().tittel("Avtale").mottakerFnr("12345678901"),
                MultipartBody.Part.createFormData("dokument", "avtale.pdf", generated(3, LARGE, PDF)))
                .execute();

        assertThat(created.getSigneringsid()).isEqualTo(signering);
        assertThat(StreamingServer.names(server.parts())).containsExactly("signeringsoppdrag", "dokument");
        assertThat(server.parts().get(1)).isEqualTo(
                new ReceivedPart("dokument", "avtale.pdf", "application/pdf", LARGE, GeneratedContent.sha256(3, LARGE)));

        server.answerBytes(() -> new GeneratedContent(4, LARGE));
        String downloaded;
        long size;
        try (ResponseBody signed = esignering.getSignedDocument(FIKS_ORG, signering).execute();
                InputStream content = signed.byteStream()) {
            StreamingServer.Sha256 digest = new StreamingServer.Sha256();
            size = content.transferTo(digest.stream);
            downloaded = digest.hex();
        }
        assertThat(size).isEqualTo(LARGE);
        assertThat(downloaded).isEqualTo(GeneratedContent.sha256(4, LARGE));
    }

    @Test
    void svarUtSendsEveryDocumentOfAForsendelseLargerThanTheHeapInTheMetadatasOrder() throws IOException {
        UUID forsendelseId = UUID.fromString("3c4d5e6f-7081-4923-8b4c-5d6e7f8091a2");
        server.answerJson("{\"id\":\"" + forsendelseId + "\"}");
        long first = 48 * MIB;
        long second = 40 * MIB;
        Forsendelse forsendelse = new Forsendelse().tittel("Byggesak 2024/17").dokumenter(List.of(
                new Dokument().filnavn("soknad.pdf").mimeType("application/pdf"),
                new Dokument().filnavn("tegninger.pdf").mimeType("application/pdf")));
        List<MultipartBody.Part> dokumenter = List.of(
                MultipartBody.Part.createFormData("dokument", "soknad.pdf", generated(5, first, PDF)),
                MultipartBody.Part.createFormData("dokument", "tegninger.pdf", generated(6, second, PDF)));

        SendForsendelseResponse sent = fiks.create(SendApi.class).send(KONTO, forsendelse, dokumenter).execute();

        assertThat(sent.getId()).isEqualTo(forsendelseId);
        assertThat(server.requestLines()).containsExactly("POST /v2/kontoer/" + KONTO + "/forsendelser");
        List<ReceivedPart> parts = server.parts();
        assertThat(parts).extracting(ReceivedPart::name).containsExactly("forsendelse", "dokument", "dokument");
        assertThat(parts.get(0).contentType()).startsWith("application/json");
        assertThat(parts.subList(1, 3)).containsExactly(
                new ReceivedPart("dokument", "soknad.pdf", "application/pdf", first, GeneratedContent.sha256(5, first)),
                new ReceivedPart("dokument", "tegninger.pdf", "application/pdf", second,
                        GeneratedContent.sha256(6, second)));
    }

    /** A request body of generated content, written as it is made, of known length: like a file's. */
    private static RequestBody generated(long seed, long size, MediaType type) {
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return type;
            }

            @Override
            public long contentLength() {
                return size;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                try (Source source = Okio.source(new GeneratedContent(seed, size))) {
                    sink.writeAll(source);
                }
            }
        };
    }
}
