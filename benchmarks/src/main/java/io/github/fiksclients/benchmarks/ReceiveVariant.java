package io.github.fiksclients.benchmarks;

import io.github.fiksclients.svarinn.receive.EnvelopeDecryptor;
import io.github.fiksclients.svarinn.receive.ForsendelseExtractor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two ways of receiving a forsendelse from its envelope on disk that the receive benchmark compares. */
enum ReceiveVariant {

    /** The hand-written baseline: everything in byte arrays ({@link BufferingReceiver}). */
    BUFFERED {
        @Override
        int receive(ReceiveFixture fixture, Path directory) throws Exception {
            return BufferingReceiver.receive(fixture.envelope(), fixture.privateKey(), fixture.expectedFiles(),
                    directory);
        }
    },

    /** fiks-clients: {@link EnvelopeDecryptor} and {@link ForsendelseExtractor}, one streaming pass. */
    STREAMING {
        @Override
        int receive(ReceiveFixture fixture, Path directory) throws Exception {
            EnvelopeDecryptor decryptor = new EnvelopeDecryptor(fixture.privateKey());
            try (InputStream envelope = Files.newInputStream(fixture.envelope())) {
                return new ForsendelseExtractor(directory)
                        .extract(ReceiveFixture.FORSENDELSE_ID,
                                decryptor.decrypt(ReceiveFixture.FORSENDELSE_ID, envelope), fixture.expectedFiles())
                        .files().size();
            }
        }
    };

    /**
     * Decrypts, unpacks and verifies the fixture's forsendelse into a directory.
     *
     * @param fixture the forsendelse and the receiving system's key
     * @param directory an empty directory to write into
     * @return how many files were received
     * @throws Exception if receiving fails
     */
    abstract int receive(ReceiveFixture fixture, Path directory) throws Exception;
}
