package io.github.fiksclients.svarinn.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.svarinn.receive.ForsendelseDecryptionException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An envelope whose header claims more than a header object may have is refused at once, as corrupt, without
 * reading or allocating what it claims: in the module's bounded-heap JVM ({@code -Xmx32m}), as in a small heap.
 */
@Tag("bounded-heap")
class OversizedEnvelopeTest {

    private static final String ID = "forsendelse-med-stort-hode";
    private static final int MIB = 1024 * 1024;
    /** ContentInfo and EnvelopedData, indefinite length, up to where the version starts. */
    private static final String ENVELOPED_DATA = "3080" + "06092a864886f70d010703" + "a080" + "3080";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "the recipientInfos claim 2 GiB,             " + ENVELOPED_DATA + "020100" + "318480000000",
        "the version claims 2 GiB,                   " + ENVELOPED_DATA + "028480000000",
        "a recipient claims 2 GiB - 1,               " + ENVELOPED_DATA + "020100" + "3180" + "30847fffffff",
        "a primitive in an indefinite SET claims 2 GiB, " + ENVELOPED_DATA + "020100" + "3180" + "04847fffffff",
        "the content type claims 2 GiB,              " + "3080" + "068480000000",
        "a length of 7 octets claims 2^55 bytes,     " + ENVELOPED_DATA + "020100" + "318780000000000000"
    })
    void anEnvelopeWhoseHeaderClaimsMoreThanOneMebibyteIsRefusedAtOnceAsCorrupt(String what, String header) {
        CountingInputStream download = download(HexFormat.of().parseHex(header));

        assertThatThrownBy(() -> new EnvelopeDecryptor(TestRecipient.generate().privateKey()).decrypt(ID, download))
                .isInstanceOfSatisfying(ForsendelseDecryptionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CORRUPT_ENVELOPE);
                    assertThat(e.isPermanent()).isTrue();
                    assertThat(e).hasMessageContaining(ID).hasMessageContaining("corrupt or unsupported envelope")
                            .hasMessageContaining("more than the 1048576 a header object may have");
                });
        assertThat(download.count()).as("bytes read").isLessThan(MIB);
    }

    @Test
    void anEnvelopeWhoseHeaderIsNestedTooDeeplyIsRefusedAsCorruptWithoutExhaustingTheStack() {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.writeBytes(HexFormat.of().parseHex(ENVELOPED_DATA + "020100" + "3180"));
        for (int i = 0; i < 200_000; i++) {
            header.writeBytes(new byte[] {0x30, (byte) 0x80});
        }
        CountingInputStream download = download(header.toByteArray());

        assertThatThrownBy(() -> new EnvelopeDecryptor(TestRecipient.generate().privateKey()).decrypt(ID, download))
                .isInstanceOfSatisfying(ForsendelseDecryptionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CORRUPT_ENVELOPE);
                    assertThat(e).hasMessageContaining("nested more than 64 levels deep");
                });
    }

    /** The header, then 64 MiB of zeros made as they are read: a real envelope's content would follow there. */
    private static CountingInputStream download(byte[] header) {
        return new CountingInputStream(new SequenceInputStream(new ByteArrayInputStream(header),
                new ZerosInputStream(64L * MIB)));
    }

    /** Zeros, made as they are read. */
    private static final class ZerosInputStream extends InputStream {
        private long remaining;

        ZerosInputStream(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            Arrays.fill(b, off, off + n, (byte) 0);
            remaining -= n;
            return n;
        }
    }
}
