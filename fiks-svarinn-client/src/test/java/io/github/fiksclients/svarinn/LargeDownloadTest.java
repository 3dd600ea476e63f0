package io.github.fiksclients.svarinn;

import static io.github.fiksclients.svarinn.TestForsendelse.id;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.svarinn.TestForsendelse.FileMeta;
import io.github.fiksclients.svarinn.receive.LargeForsendelse;
import io.github.fiksclients.svarinn.receive.ReceivedForsendelse;
import io.github.fiksclients.svarinn.receive.TestRecipient;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forsendelse larger than the heap goes from the server through {@link SvarInnClient#download}: HTTP, decryption,
 * unzipping and verification, in constant memory.
 *
 * <p>Tagged {@code bounded-heap}: the module's pom runs it in a JVM with {@code -Xmx32m}, where holding the download
 * (or a large part of it) would fail with OutOfMemoryError. The server makes the content, zips and encrypts it as it
 * sends it (MockWebServer writes a streamed body straight to the socket), so neither side of the test holds it.
 */
@Tag("bounded-heap")
class LargeDownloadTest {

    @RegisterExtension
    final FakeSvarInn svarInn = new FakeSvarInn(SvarInnApiVersion.V2);

    @TempDir
    Path target;

    @Test
    void downloadsDecryptsAndVerifiesAForsendelseLargerThanTheHeap() throws Exception {
        LargeForsendelse.assertHeapIsFarSmaller();
        TestRecipient recipient = TestRecipient.generate();
        List<FileMeta> metadata = LargeForsendelse.metadata().stream()
                .map(file -> new FileMeta(file.filnavn(), file.sha256(), file.size().getAsLong()))
                .toList();
        svarInn.offer(id(1), metadata,
                () -> StreamedBody.response(body -> LargeForsendelse.send(body, recipient.certificate())));

        ReceivedForsendelse received;
        try (SvarInnClient client = svarInn.client(KeyMaterial.of(recipient.privateKey())).build()) {
            received = client.download(client.fetchNew().get(0), target);
        }

        LargeForsendelse.assertOnDisk(received);
    }
}
