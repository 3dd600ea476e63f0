package io.github.fiksclients.svarut;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.GeneratedContent;
import io.github.fiksclients.auth.TestKeys;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents far larger than the heap go through {@link SvarUtClient#send}, plain and encrypted, in constant memory.
 *
 * <p>Tagged {@code bounded-heap}: the module's pom runs it in a JVM with {@code -Xmx32m}, where holding a document
 * (or the request) would fail with OutOfMemoryError. The documents are generated as they are read and the server
 * hashes them as they arrive, so neither side holds them.
 */
@Tag("bounded-heap")
class LargeSendTest {

    private static final long PLAIN_SIZE = 256L * 1024 * 1024;
    private static final long ENCRYPTED_SIZE = 96L * 1024 * 1024;

    @RegisterExtension
    final FakeSvarUt svarUt = new FakeSvarUt();

    @TempDir
    Path dir;

    @Test
    void streamsADocumentEightTimesLargerThanTheHeap() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThan(PLAIN_SIZE / 4);
        UUID id;
        try (SvarUtClient client = svarUt.client().build()) {
            id = client.send(Forsendelse.builder().tittel("Stort arkivuttrekk")
                    .mottaker(Mottaker.organisasjon("999888777"))
                    .dokument(Dokument.builder().stream("uttrekk.zip", () -> new GeneratedContent(0, PLAIN_SIZE))
                            .size(PLAIN_SIZE).build())
                    .kunDigitalLevering(true)
                    .build());
        }
        assertThat(svarUt.created()).containsOnlyKeys(id);
        FakeSvarUt.ReceivedPart part = svarUt.sends().get(0).documents().get(0);
        assertThat(part.size()).isEqualTo(PLAIN_SIZE);
        assertThat(part.sha256()).isEqualTo(GeneratedContent.sha256(0, PLAIN_SIZE));
    }

    @Test
    void encryptsADocumentLargerThanTheHeapAsItStreams() {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThan(ENCRYPTED_SIZE);
        try (SvarUtClient client = svarUt.client().svarUtCertificate(TestKeys.generate("SvarUt").certificate())
                .build()) {
            client.send(Forsendelse.builder().tittel("Stort og hemmelig")
                    .mottaker(Mottaker.organisasjon("999888777"))
                    .dokument(Dokument.fromStream("hemmelig.zip", () -> new GeneratedContent(0, ENCRYPTED_SIZE)))
                    .kunDigitalLevering(true)
                    .kryptert(true)
                    .build());
        }
        assertThat(svarUt.sends().get(0).documents().get(0).size()).isGreaterThan(ENCRYPTED_SIZE);
    }
}
