package io.github.fiksclients.svarinn.receive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.svarinn.receive.Envelopes.KeyTransport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download that breaks off at any byte, in the envelope's header as in its content, is reported as a
 * {@link ForsendelseDownloadException} (which the client retries), never as a damaged envelope or a wrong key.
 */
class DownloadBreakOffTest {

    private static final String ID = "0d6c1f4a-7b2e-4f3a-9c8d-5e6f7a8b9c0d";
    /** Every third byte: each field of the envelope's header is longer, so a break inside any of them is tried. */
    private static final int STEP = 3;
    private static final Map<String, byte[]> FILES = Zips.files("brev.pdf", "%PDF-1.7 et brev", "kart.png", "PNG");

    @TempDir
    Path target;

    @Test
    void downloadBrokenOffAtAnyByteIsADownloadFailureAndLeavesNothing() throws IOException {
        TestRecipient recipient = TestRecipient.generate();
        byte[] envelope = Envelopes.encrypt(Zips.zip(FILES), recipient.certificate(), KeyTransport.PKCS1_V1_5);
        EnvelopeDecryptor decryptor = new EnvelopeDecryptor(recipient.privateKey());
        List<String> misreported = new ArrayList<>();

        for (int failAfter = 0; failAfter < envelope.length; failAfter += STEP) {
            try {
                InputStream zip = decryptor.decrypt(ID, new FailingInputStream(envelope, failAfter));
                new ForsendelseExtractor(target).extract(ID, zip, Zips.metadata(FILES));
                misreported.add(failAfter + ": no failure");
            } catch (ForsendelseDownloadException expected) {
                // as it should be
            } catch (ForsendelseReceiveException e) {
                misreported.add(failAfter + ": " + e);
            }
        }

        assertThat(misreported).isEmpty();
        try (Stream<Path> left = Files.list(target)) {
            assertThat(left).isEmpty();
        }
    }
}
